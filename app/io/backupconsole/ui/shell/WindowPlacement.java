package io.backupconsole.ui.shell;

import io.backupconsole.settings.Settings.WindowGeometry;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window's position and size: restored from the settings when it still fits on a screen, else a default
 * size centred on the primary screen; and captured on close. While maximised the stage reports the screen's
 * bounds, so the last un-maximised bounds are tracked to restore to. FX thread only.
 */
final class WindowPlacement {
    static final double DEFAULT_WIDTH = 1320;
    static final double DEFAULT_HEIGHT = 820;
    /** How much of the window's top edge must be on a screen for the user to grab and move it. */
    private static final double GRIP_WIDTH = 160;

    private static final double GRIP_HEIGHT = 40;

    private final Stage stage;
    private Rectangle2D normalBounds;

    WindowPlacement(Stage stage) {
        this.stage = stage;
        stage.xProperty().addListener(obs -> track());
        stage.yProperty().addListener(obs -> track());
        stage.widthProperty().addListener(obs -> track());
        stage.heightProperty().addListener(obs -> track());
    }

    /** Before the stage is shown: the saved geometry if it fits a screen, else the default, centred. */
    void restore(WindowGeometry saved) {
        List<Rectangle2D> screens =
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        if (saved != null && fits(saved, screens)) {
            stage.setX(saved.x());
            stage.setY(saved.y());
            stage.setWidth(saved.width());
            stage.setHeight(saved.height());
            stage.setMaximized(saved.maximized());
            return;
        }
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(DEFAULT_WIDTH, primary.getWidth()));
        stage.setHeight(Math.min(DEFAULT_HEIGHT, primary.getHeight()));
        stage.centerOnScreen();
    }

    /** What to remember: the un-maximised bounds and whether the window is maximised. */
    WindowGeometry current() {
        Rectangle2D bounds = normalBounds != null
                ? normalBounds
                : new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        return new WindowGeometry(
                bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight(), stage.isMaximized());
    }

    /** True when the window is no larger than a screen and its top edge can be grabbed on that screen. */
    static boolean fits(WindowGeometry geometry, List<Rectangle2D> screens) {
        if (!(geometry.width() > 0 && geometry.height() > 0)) {
            return false;
        }
        Rectangle2D grip = new Rectangle2D(
                geometry.x() + geometry.width() / 2 - GRIP_WIDTH / 2, geometry.y(), GRIP_WIDTH, GRIP_HEIGHT);
        return screens.stream()
                .anyMatch(screen -> screen.contains(grip)
                        && geometry.width() <= screen.getWidth()
                        && geometry.height() <= screen.getHeight());
    }

    private void track() {
        if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
            normalBounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }
}
