package io.backupconsole.bench;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up baseline: a bare JavaFX window, the app's size, that quits after its first pulse and prints the
 * same kind of line as the app's {@code --exit-after-first-frame}, so both are timed the same way.
 */
public final class EmptyWindow {
    private EmptyWindow() {}

    /** A plain main class, like the app's Main: JavaFX from the class path refuses an Application subclass there. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Empty");
            stage.setScene(new Scene(new StackPane(), 1200, 760));
            stage.show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    ProcessHandle.current()
                            .info()
                            .startInstant()
                            .ifPresent(start -> System.err.println("empty-window: first frame "
                                    + Duration.between(start, Instant.now()).toMillis() + " ms after process start"));
                    stage.hide();
                    Platform.exit();
                }
            }.start();
        }
    }
}
