package io.backupconsole.ui.common;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Ticker} on one daemon timer thread that hands each tick to the UI executor. The timer thread only
 * schedules; the action runs on the FX thread and starts its own background work.
 */
public final class ScheduledTicker implements Ticker, AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ui-ticker");
        thread.setDaemon(true);
        return thread;
    });
    private final Executor ui;

    public ScheduledTicker(Executor ui) {
        this.ui = ui;
    }

    @Override
    public Ticket every(Duration interval, Runnable action) {
        long millis = interval.toMillis();
        ScheduledFuture<?> future =
                timer.scheduleWithFixedDelay(() -> ui.execute(action), millis, millis, TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
