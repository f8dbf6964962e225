package io.backupconsole.diagnostics;

import java.util.concurrent.TimeUnit;

/**
 * Milestones of start-up on stderr, with the milliseconds since {@code main} was entered and the thread, when the
 * app runs with {@code -Dbackupconsole.startupTrace=true}. It exists to find where start-up time goes (see
 * docs/benchmarks.md) and costs one boolean test per milestone otherwise. Thread-safe: any thread may mark.
 */
public final class StartupTrace {
    private static final boolean ENABLED = Boolean.getBoolean("backupconsole.startupTrace");
    private static volatile long mainEnteredNanos = System.nanoTime();

    private StartupTrace() {}

    /** Called first thing in {@code main}: the zero of every later milestone. */
    public static void mainEntered() {
        mainEnteredNanos = System.nanoTime();
        mark("main entered");
    }

    public static void mark(String milestone) {
        if (ENABLED) {
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - mainEnteredNanos);
            System.err.printf(
                    "startup %5d ms  %-28s %s%n", millis, Thread.currentThread().getName(), milestone);
        }
    }
}
