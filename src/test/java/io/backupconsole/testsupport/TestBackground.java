package io.backupconsole.testsupport;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The background executor of one UI test, in place of a shared pool: {@link #awaitIdle()} (from {@code @AfterEach})
 * waits until the work the test started has ended and its FX callbacks have run, so nothing the test started can
 * change a list, or throw, during a later test. It keeps taking work after that (TestFX reuses the stage, so a
 * window of the test may still save its size when the next test replaces it). Thread-safe; idle threads end.
 */
public final class TestBackground implements Executor {
    private final AtomicInteger running = new AtomicInteger();
    private final ExecutorService pool;

    public TestBackground() {
        AtomicInteger threads = new AtomicInteger();
        pool = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "test-background-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void execute(Runnable task) {
        running.incrementAndGet();
        try {
            pool.execute(() -> {
                try {
                    task.run();
                } finally {
                    running.decrementAndGet();
                }
            });
        } catch (RuntimeException refused) {
            running.decrementAndGet();
            throw refused;
        }
    }

    /**
     * Waits until no task runs, then for the FX events they queued (which may start more work, waited for in turn).
     * Fails the test when work still runs after 60 s: it would go on into the next test.
     */
    public void awaitIdle() {
        try {
            do {
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> running.get() == 0);
                WaitForAsyncUtils.waitForFxEvents();
            } while (running.get() != 0);
        } catch (TimeoutException e) {
            throw new AssertionError("background work of this test still runs after 60 s", e);
        }
    }
}
