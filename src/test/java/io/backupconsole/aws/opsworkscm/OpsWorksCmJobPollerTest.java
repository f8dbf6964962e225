package io.backupconsole.aws.opsworkscm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupOrigin;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.JobProgress;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OpsWorks CM backup statuses to the shared outcome; no percentage, so running bars are indeterminate. */
class OpsWorksCmJobPollerTest {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @ParameterizedTest
    @CsvSource({"IN_PROGRESS, RUNNING", "OK, SUCCEEDED", "FAILED, FAILED", "DELETING, ABORTED"})
    void eachStatusHasItsOutcome(String status, JobOutcome outcome) {
        BackupSummary backup = new BackupSummary(
                AwsService.OPSWORKS_CM,
                "chef-prod-1",
                "chef-prod",
                "x",
                BackupOrigin.MANUAL,
                status,
                NOW,
                null,
                null,
                "why");

        JobProgress progress = OpsWorksCmJobPoller.progressOf(backup, NOW);

        assertEquals(outcome, progress.outcome());
        if (outcome == JobOutcome.RUNNING) {
            assertNull(progress.percent(), "indeterminate");
        }
    }
}
