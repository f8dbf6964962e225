package io.backupconsole.aws.lightsail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupOrigin;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.JobProgress;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lightsail snapshot states to the shared outcome; a failure always says something. */
class LightsailJobPollerTest {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @ParameterizedTest
    @CsvSource({"pending, RUNNING", "available, SUCCEEDED", "error, FAILED", "failed, FAILED"})
    void eachStateHasItsOutcome(String state, JobOutcome outcome) {
        BackupSummary snapshot = new BackupSummary(
                AwsService.LIGHTSAIL, "db-snap", "db", "db-snap", BackupOrigin.MANUAL, state, NOW, null, null, "");

        JobProgress progress = LightsailJobPoller.progressOf(snapshot, NOW);

        assertEquals(outcome, progress.outcome());
        if (outcome == JobOutcome.FAILED) {
            assertFalse(progress.message().isEmpty());
        }
    }
}
