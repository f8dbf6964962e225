package io.backupconsole.sandbox;

import java.time.Duration;
import java.time.Instant;

/**
 * Simulated time: runs {@code timeScale} times faster than the wall clock (1.0 = real time), and can be jumped
 * forward by tests. Changing the scale re-anchors, so simulated time never goes backwards. Thread-safe.
 */
public final class SandboxClock {
    private Instant anchorSimulated;
    private long anchorNanos;
    private double timeScale;

    public SandboxClock(Instant start, double timeScale) {
        this.anchorSimulated = start;
        this.anchorNanos = System.nanoTime();
        this.timeScale = timeScale;
    }

    public synchronized Instant now() {
        long realNanos = System.nanoTime() - anchorNanos;
        return anchorSimulated.plusNanos((long) (realNanos * timeScale));
    }

    public synchronized double timeScale() {
        return timeScale;
    }

    public synchronized void setTimeScale(double newScale) {
        if (!(newScale > 0) || Double.isInfinite(newScale)) {
            throw new IllegalArgumentException("timeScale must be a positive number");
        }
        anchorSimulated = now();
        anchorNanos = System.nanoTime();
        timeScale = newScale;
    }

    /** Jumps simulated time forward (tests). */
    public synchronized void advance(Duration duration) {
        anchorSimulated = anchorSimulated.plus(duration);
    }
}
