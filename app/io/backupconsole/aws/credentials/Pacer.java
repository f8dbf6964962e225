package io.backupconsole.aws.credentials;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Waits between the polls of a device sign-in, and lets the user cancel the wait from another thread.
 * Thread-safe: {@link #pause} runs on the background thread that signs in, {@link #cancel} on any thread.
 */
public class Pacer {
    private final CountDownLatch cancelled = new CountDownLatch(1);

    /** Waits {@code duration}; false (at once) when the sign-in was cancelled. */
    public boolean pause(Duration duration) {
        try {
            return !cancelled.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public void cancel() {
        cancelled.countDown();
    }

    public boolean isCancelled() {
        return cancelled.getCount() == 0;
    }
}
