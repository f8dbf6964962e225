package io.backupconsole.ui.shell;

import io.backupconsole.settings.Settings.WindowGeometry;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Restores and captures the main window's geometry. FX thread only. */
public final class WindowPlacement {
    private WindowPlacement() {
    }

    /** Puts the window where it was, if that still shows on a screen; otherwise centres it at its default size. */
    public static void restore(Stage stage, WindowGeometry geometry) {
        if (geometry == null || geometry.width() < 200 || geometry.height() < 150
                || Screen.getScreensForRectangle(new Rectangle2D(geometry.x(), geometry.y(), geometry.width(),
                        geometry.height())).isEmpty()) {
            stage.centerOnScreen();
            return;
        }
        stage.setX(geometry.x());
        stage.setY(geometry.y());
        stage.setWidth(geometry.width());
        stage.setHeight(geometry.height());
        stage.setMaximized(geometry.maximized());
    }

    public static WindowGeometry capture(Stage stage) {
        return new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }
}
