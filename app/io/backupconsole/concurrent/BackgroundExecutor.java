package io.backupconsole.concurrent;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The app's one executor for blocking work: every SDK call, file write and wait runs here, never on the JavaFX
 * Application Thread. Named daemon threads; what escapes a task is reported as uncaught ({@link Unhandled}: the
 * error dialog and the log) and the thread goes on with the next task. Shut down when the app exits.
 */
public final class BackgroundExecutor implements AutoCloseable {
    private static final int THREADS = 6;

    private final ExecutorService executor;

    public BackgroundExecutor() {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "background-" + counter.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> Unhandled.report(e));
            return thread;
        };
        this.executor = Executors.newFixedThreadPool(THREADS, factory);
    }

    /** The executor to hand to view models and services. */
    public Executor executor() {
        return task -> executor.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                Unhandled.report(e);
            }
        });
    }

    /**
     * Lets queued work finish (the last settings and journal writes on exit) for up to two seconds, then stops
     * what still runs. Called once, when the app exits.
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
