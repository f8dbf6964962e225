package io.backupconsole.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PollCadenceTest {
    private final PollCadence cadence = new PollCadence(new Random(1));
    private final Instant now = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void youngJobsArePolledOftenAndLongTransfersRarely() {
        assertEquals(Duration.ofSeconds(8), cadence.interval(now.minusSeconds(30), now));
        assertEquals(Duration.ofSeconds(15), cadence.interval(now.minusSeconds(300), now));
        assertEquals(Duration.ofSeconds(30), cadence.interval(now.minusSeconds(3600), now));
        assertEquals(Duration.ofSeconds(60), cadence.interval(now.minusSeconds(4 * 3600), now));
    }

    @Test
    void failuresBackOffDoublingWithJitterUpToFiveMinutes() {
        for (int failures = 1; failures <= 12; failures++) {
            long expected = Math.min(15_000L << (failures - 1), 300_000L);
            long actual = cadence.backoff(failures).toMillis();
            assertTrue(actual >= expected * 0.8 && actual <= expected * 1.2, failures + " failures: " + actual);
        }
    }

    @Test
    void jitterSpreadsGroupsThrottledTogether() {
        long distinct = IntStream.range(0, 20)
                .mapToObj(i -> cadence.backoff(3))
                .distinct()
                .count();
        assertTrue(distinct > 10);
    }
}
