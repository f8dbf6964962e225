package io.backupconsole.tracking;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the tracker's poll cycles: once a second it asks the background executor for a cycle, unless one is still
 * running, so cycles never pile up behind a slow service. The tracker decides which groups are due, so a tick with
 * nothing due costs nothing. Its one scheduling thread never does I/O itself.
 */
public final class TrackerLoop implements AutoCloseable {
    static final Duration TICK = Duration.ofSeconds(1);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tracker-tick");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean cycleRunning = new AtomicBoolean(false);

    /** Resumes unfinished jobs once, then polls every second. */
    public TrackerLoop(JobTracker tracker, Executor background) {
        background.execute(() -> runExclusively(tracker::resume));
        scheduler.scheduleWithFixedDelay(
                () -> {
                    if (!cycleRunning.get()) {
                        background.execute(() -> runExclusively(tracker::pollDue));
                    }
                },
                TICK.toMillis(),
                TICK.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void runExclusively(Runnable cycle) {
        if (cycleRunning.compareAndSet(false, true)) {
            try {
                cycle.run();
            } finally {
                cycleRunning.set(false);
            }
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
