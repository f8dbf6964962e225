package io.backupconsole.sandbox.support;

import java.time.Duration;
import java.time.Instant;

/**
 * The timing of one simulated backup: when it started, how long it takes in simulated time, and whether it will
 * fail. Services derive their visible state from {@link #fraction(Instant)} on every read, so no background
 * thread is needed and the simulation follows the sandbox clock exactly.
 *
 * @param startedAt when the backup was requested (simulated time)
 * @param duration  how long it runs (simulated time)
 * @param fails     whether it ends in failure instead of success
 */
public record SimulatedRun(Instant startedAt, Duration duration, boolean fails) {

    /** Progress in [0, 1] at {@code now}. */
    public double fraction(Instant now) {
        if (!now.isAfter(startedAt)) {
            return 0;
        }
        double elapsed = Duration.between(startedAt, now).toMillis();
        return Math.min(1.0, elapsed / Math.max(1, duration.toMillis()));
    }

    public boolean finished(Instant now) {
        return fraction(now) >= 1.0;
    }

    public Instant endsAt() {
        return startedAt.plus(duration);
    }

    /** Whole percent done, 0..100. */
    public int percent(Instant now) {
        return (int) Math.floor(fraction(now) * 100);
    }
}
