package io.backupconsole.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JobProgressTest {
    private final Instant start = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void theServicesOwnExpectationWins() {
        JobProgress progress =
                new JobProgress(JobOutcome.RUNNING, "RUNNING", 10.0, start.plusSeconds(600), "", start.plusSeconds(60));
        assertEquals(Duration.ofSeconds(540), progress.remaining(start));
    }

    @Test
    void otherwiseEstimatedFromTheProgressRate() {
        JobProgress progress = new JobProgress(JobOutcome.RUNNING, "CREATING", 25.0, null, "", start.plusSeconds(60));
        assertEquals(Duration.ofSeconds(180), progress.remaining(start));
    }

    @Test
    void unknownWithoutAPercentage() {
        assertNull(new JobProgress(JobOutcome.RUNNING, "IN_PROGRESS", null, null, "", start.plusSeconds(5))
                .remaining(start));
        assertNull(
                new JobProgress(JobOutcome.RUNNING, "CREATING", 0.0, null, "", start.plusSeconds(5)).remaining(start));
    }

    @Test
    void finishedJobsHaveNothingLeft() {
        assertEquals(
                Duration.ZERO,
                new JobProgress(JobOutcome.FAILED, "FAILED", 40.0, null, "disk full", start).remaining(start));
    }

    @Test
    void percentOutsideZeroToHundredIsRefused() {
        assertThrows(
                IllegalArgumentException.class, () -> new JobProgress(JobOutcome.RUNNING, "", 101.0, null, "", start));
    }
}
