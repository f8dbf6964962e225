package io.backupconsole.aws.fsx;

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

/** FSx lifecycles to the shared outcome, with ProgressPercent where FSx gives one. */
class FsxJobPollerTest {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @ParameterizedTest
    @CsvSource({
        "PENDING, RUNNING, 0",
        "CREATING, RUNNING, 40",
        "TRANSFERRING, RUNNING, 90",
        "COPYING, RUNNING, 10",
        "AVAILABLE, SUCCEEDED, 100",
        "FAILED, FAILED, 40",
        "DELETED, ABORTED, 40"
    })
    void eachLifecycleHasItsOutcome(String lifecycle, JobOutcome outcome, int percent) {
        BackupSummary backup = new BackupSummary(
                AwsService.FSX,
                "backup-1",
                "fs-1",
                "nightly",
                BackupOrigin.MANUAL,
                lifecycle,
                NOW,
                null,
                percent,
                lifecycle.equals("FAILED") ? "Insufficient capacity" : "");

        JobProgress progress = FsxJobPoller.progressOf(backup, NOW);

        assertEquals(outcome, progress.outcome());
        assertEquals(lifecycle, progress.stateText());
        assertEquals(outcome == JobOutcome.SUCCEEDED ? 100.0 : percent, progress.percent());
        if (outcome == JobOutcome.FAILED) {
            assertEquals("Insufficient capacity", progress.message());
        }
        assertNull(progress.expectedEnd());
    }
}
