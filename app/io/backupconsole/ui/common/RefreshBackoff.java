package io.backupconsole.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * When a view's automatic refresh may try next: at every tick while loads work; after failures in a row, 30 s, 1, 2,
 * 4, then every 5 minutes after the failed try, so an unreachable endpoint costs a call every few minutes, not a
 * spin. The one backoff of every automatic refresh in the window (resource tables, AWS Backup's vault and job tabs);
 * the user's Refresh never waits for it. Not thread-safe: the FX thread (or the synchronous executor in tests).
 */
public final class RefreshBackoff {
    /** The pause after the first failure, doubled after each further one. */
    public static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    /** The longest pause between automatic tries while loading fails. */
    public static final Duration MAX_PAUSE = Duration.ofMinutes(5);

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final Clock clock;
    private int failuresInRow;
    private Instant next = Instant.MIN;

    public RefreshBackoff(Clock clock) {
        this.clock = clock;
    }

    /** Whether an automatic refresh may try now. */
    public boolean due() {
        return !clock.instant().isBefore(next);
    }

    /** When the automatic refresh tries next; {@link Instant#MIN} while loads work (at the next tick). */
    public Instant next() {
        return next;
    }

    /** A load that began at {@code attempted} failed: the next automatic try waits longer. */
    public void failed(Instant attempted) {
        failuresInRow++;
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(failuresInRow - 1, 10));
        next = attempted.plus(pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause);
    }

    /** A load worked (or the connection changed): back to trying at every tick. */
    public void reset() {
        failuresInRow = 0;
        next = Instant.MIN;
    }

    /** Appended to a failure's message: " Next automatic try at 14:03:22." */
    public String nextTryWords() {
        return " Next automatic try at " + TIME.format(next) + ".";
    }
}
