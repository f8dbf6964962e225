package io.backupconsole.concurrent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a failure nobody handles — a background task that threw, a UI callback of a future that threw — to the
 * app's uncaught-exception handler (the error dialog and the log), instead of letting it vanish into a thread's
 * death or a CompletableFuture nobody reads. Without an installed handler (tests, headless commands) it is logged.
 */
public final class Unhandled {
    private static final Logger LOG = LoggerFactory.getLogger(Unhandled.class);

    private Unhandled() {}

    /** Reports {@code failure} as uncaught on the calling thread. Any thread. */
    public static void report(Throwable failure) {
        Thread.UncaughtExceptionHandler handler = Thread.getDefaultUncaughtExceptionHandler();
        if (handler == null) {
            LOG.error("Unhandled failure on {}", Thread.currentThread().getName(), failure);
            return;
        }
        handler.uncaughtException(Thread.currentThread(), failure);
    }
}
