package io.backupconsole.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's one executor for blocking work: every SDK call, file write and wait runs here, never on the JavaFX
 * Application Thread. Named daemon threads that log what escapes a task; shut down when the app exits.
 */
public final class BackgroundExecutor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundExecutor.class);
    private static final int THREADS = 6;

    private final ExecutorService executor;

    public BackgroundExecutor() {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "background-" + counter.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.error("Uncaught failure on {}", t.getName(), e));
            return thread;
        };
        this.executor = Executors.newFixedThreadPool(THREADS, factory);
    }

    /** The executor to hand to view models and services. */
    public java.util.concurrent.Executor executor() {
        return task -> executor.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                LOG.error("Background task failed", e);
                throw e;
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
