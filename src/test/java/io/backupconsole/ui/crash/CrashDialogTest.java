package io.backupconsole.ui.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Uncaught errors on the FX thread and a background thread: one dialog, a count, and the app keeps working. */
@ExtendWith(ApplicationExtension.class)
class CrashDialogTest {
    private Label clicks;
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previousDefault;
    private Thread.UncaughtExceptionHandler previousFx;
    private CrashViewModel model;

    private Stage window;

    @Start
    void start(Stage primary) {
        // A stage of its own: TestFX shares its primary stage with later test classes, which must find it unchanged.
        Stage stage = new Stage();
        window = stage;
        previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        previousFx = Thread.currentThread().getUncaughtExceptionHandler();
        model = new CrashViewModel(Clock.systemUTC(), "9.9.9", Path.of("/tmp/logs/backup-console.log"));
        new UncaughtErrors(model, Platform::runLater, () -> stage, opened::add).install();
        clicks = new Label("0");
        Button count = new Button("Count");
        count.setOnAction(event -> clicks.setText(String.valueOf(Integer.parseInt(clicks.getText()) + 1)));
        // Large enough that the dialog, centred on it, stays on the headless screen (it cannot draw past its edge).
        stage.setScene(new Scene(new VBox(count, clicks), 960, 700));
        stage.setX(20);
        stage.setY(20);
        stage.show();
    }

    @AfterEach
    void restoreHandlers() throws Exception {
        Thread.setDefaultUncaughtExceptionHandler(previousDefault);
        WaitForAsyncUtils.asyncFx(() -> {
                    Thread.currentThread().setUncaughtExceptionHandler(previousFx);
                    List.copyOf(Window.getWindows()).stream()
                            .filter(w -> w instanceof Stage s && s.getOwner() == window)
                            .forEach(Window::hide);
                    window.hide();
                })
                .get(5, TimeUnit.SECONDS);
    }

    private static DialogPane dialog(FxRobot robot) {
        return robot.lookup(".crash-dialog").queryAs(DialogPane.class);
    }

    private static long dialogs(FxRobot robot) {
        return robot.lookup(".crash-dialog").queryAll().size();
    }

    @Test
    void anErrorOnTheFxThreadShowsOneDialogAndTheWindowStillResponds(FxRobot robot) throws Exception {
        Platform.runLater(() -> {
            throw new IllegalStateException("the journal vanished");
        });
        Awaitility.await()
                .atMost(10, TimeUnit.SECONDS)
                .until(() -> robot.lookup(".crash-dialog").tryQuery().isPresent());

        assertEquals(
                "IllegalStateException: the journal vanished", dialog(robot).getHeaderText());
        String report = robot.lookup("#crash-report").queryAs(TextArea.class).getText();
        assertTrue(report.contains("Backup Console 9.9.9") && report.contains("at io.backupconsole.ui.crash"), report);

        // The same error again on the FX thread and from a background thread: counted, no second dialog.
        Platform.runLater(() -> {
            throw new IllegalStateException("the journal vanished");
        });
        Thread worker = new Thread(
                () -> {
                    throw new IllegalArgumentException("from the background");
                },
                "worker");
        worker.start();
        worker.join();
        Awaitility.await()
                .atMost(10, TimeUnit.SECONDS)
                .until(() -> model.occurrencesProperty().get() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs(robot));
        assertTrue(
                dialog(robot).getHeaderText().endsWith("(3 times)"),
                dialog(robot).getHeaderText());
        assertTrue(robot.lookup("#crash-report")
                .queryAs(TextArea.class)
                .getText()
                .contains("IllegalArgumentException: from the background"));

        robot.clickOn("#crash-open-log");
        assertEquals(List.of(Path.of("/tmp/logs").toUri().toString()), opened);

        robot.clickOn("Close");
        robot.clickOn("Count");
        assertEquals("1", clicks.getText(), "the window still works after the error");
    }
}
