package io.backupconsole;

import io.backupconsole.diagnostics.StartupTrace;
import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;

/**
 * The hidden {@code --exit-after-first-frame} mode: quits once the window has shown the first listing. The
 * installer build uses it for its AOT training run (which must end by itself, without a user) and to time
 * start-up, so the run covers what a real start does: window, connection, SDK clients, first data.
 */
final class FirstFrameExit {
    /** A training run that never gets data must still end, and fail, rather than hang the build. */
    private static final long GIVE_UP_MILLIS = 120_000;

    private FirstFrameExit() {}

    /**
     * Quits once {@code dataShown} (the shell's {@code dataShownProperty}: a service's count has arrived) is true;
     * call on the FX thread after the stage is shown.
     */
    static void arm(Stage stage, ObservableBooleanValue dataShown) {
        startWatchdog();
        whenFirstTrue(dataShown, () -> exitAfterNextPulse(stage));
    }

    /** Runs {@code action} once: now if {@code value} is true, else the first time it becomes true. */
    static void whenFirstTrue(ObservableBooleanValue value, Runnable action) {
        if (value.get()) {
            action.run();
            return;
        }
        value.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable, Boolean before, Boolean now) {
                if (now) {
                    value.removeListener(this);
                    action.run();
                }
            }
        });
    }

    /**
     * The data is in the scene graph now; one pulse later it has been rendered. Quits the way File, Exit does
     * (hide first, so the window's own on-hidden work runs before the app stops).
     */
    private static void exitAfterNextPulse(Stage stage) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                StartupTrace.mark("first frame with data");
                reportStartUpTime();
                stage.hide();
                Platform.exit();
            }
        }.start();
    }

    /** One line on stderr, so start-up can be timed (with and without the AOT cache) without a stopwatch. */
    private static void reportStartUpTime() {
        ProcessHandle.current()
                .info()
                .startInstant()
                .ifPresent(start -> System.err.println("backup-console: first frame with data "
                        + Duration.between(start, Instant.now()).toMillis() + " ms after process start"));
    }

    private static void startWatchdog() {
        Thread watchdog = new Thread(
                () -> {
                    try {
                        Thread.sleep(GIVE_UP_MILLIS);
                    } catch (InterruptedException e) {
                        return;
                    }
                    System.err.println(
                            "backup-console: no data shown within " + GIVE_UP_MILLIS / 1000 + " s, giving up");
                    System.exit(1);
                },
                "first-frame-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
