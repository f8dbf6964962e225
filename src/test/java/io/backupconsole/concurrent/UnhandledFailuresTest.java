package io.backupconsole.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.ui.common.Async;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Failures nobody handles reach the app's uncaught-exception handler (the error dialog) instead of vanishing. */
class UnhandledFailuresTest {
    private final List<Throwable> reported = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler before;

    @BeforeEach
    void recordUncaught() {
        before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> reported.add(error));
    }

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(before);
    }

    @Test
    void aBackgroundTaskThatThrowsIsReportedAndTheExecutorGoesOn() throws Exception {
        try (BackgroundExecutor background = new BackgroundExecutor()) {
            CountDownLatch later = new CountDownLatch(6);
            background.executor().execute(() -> {
                throw new IllegalStateException("journal locked");
            });
            for (int i = 0; i < 6; i++) {
                background.executor().execute(later::countDown);
            }
            assertTrue(later.await(10, TimeUnit.SECONDS), "every thread still takes work");
            assertEquals("journal locked", reported.getFirst().getMessage());
            assertEquals(1, reported.size());
        }
    }

    @Test
    void aUiCallbackThatThrowsIsReportedNotBuriedInItsFuture() {
        Async async = Async.synchronous();
        async.run(
                () -> 42,
                value -> {
                    throw new IllegalArgumentException("bad cell " + value);
                },
                failure -> {});
        async.run(
                () -> {
                    throw new IllegalStateException("no network");
                },
                value -> {},
                failure -> {
                    throw new UnsupportedOperationException("handler bug after " + failure.getMessage());
                });

        assertEquals(
                List.of("bad cell 42", "handler bug after no network"),
                reported.stream().map(Throwable::getMessage).toList());
    }
}
