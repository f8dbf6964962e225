package io.backupconsole.tracking;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * How often one group of jobs (one service, connection and region) is polled: fast while its youngest job is
 * young, slower for long transfers, and backing off with jitter after failures (throttling above all), so the calls
 * per minute stay bounded whatever the number of jobs. Pure; thread-safe.
 */
public final class PollCadence {
    /** Eight seconds, not five: four services polled every 5 s would make 48 calls a minute (docs/benchmarks.md). */
    static final Duration YOUNG = Duration.ofSeconds(8);

    static final Duration SETTLED = Duration.ofSeconds(15);
    static final Duration LONG = Duration.ofSeconds(30);
    static final Duration VERY_LONG = Duration.ofSeconds(60);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final RandomGenerator random;

    public PollCadence(RandomGenerator random) {
        this.random = random;
    }

    /** The pause after a successful poll, by the age of the youngest job still running. */
    public Duration interval(Instant youngestStart, Instant now) {
        Duration age = Duration.between(youngestStart, now);
        if (age.compareTo(Duration.ofMinutes(2)) < 0) {
            return YOUNG;
        }
        if (age.compareTo(Duration.ofMinutes(15)) < 0) {
            return SETTLED;
        }
        return age.compareTo(Duration.ofHours(2)) < 0 ? LONG : VERY_LONG;
    }

    /**
     * The pause after {@code failures} failed polls in a row: doubling from the settled interval up to five minutes,
     * each with ±20 % jitter so that groups throttled together do not retry together.
     */
    public Duration backoff(int failures) {
        long base = SETTLED.toMillis() << Math.min(failures - 1, 10);
        long capped = Math.min(base, MAX_BACKOFF.toMillis());
        double jitter = 0.8 + 0.4 * random.nextDouble();
        return Duration.ofMillis((long) (capped * jitter));
    }
}
