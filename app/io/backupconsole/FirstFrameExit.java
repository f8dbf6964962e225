package io.backupconsole;

import io.backupconsole.diagnostics.StartupTrace;
import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableStringValue;
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
    /** Set by the shell once any service's count has arrived ("Last refresh 14:03:22"). */
    private static final String DATA_SHOWN = "Last refresh";

    private FirstFrameExit() {}

    /** Watches the status text; call on the FX thread after the stage is shown. */
    static void arm(Stage stage, ObservableStringValue statusText) {
        startWatchdog();
        if (statusText.get().startsWith(DATA_SHOWN)) {
            exitAfterNextPulse(stage);
            return;
        }
        // Every service's count sets the text again; only the first one counts.
        statusText.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends String> observable, String before, String now) {
                if (now.startsWith(DATA_SHOWN)) {
                    statusText.removeListener(this);
                    exitAfterNextPulse(stage);
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
