package io.backupconsole.aws.awsbackup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.JobProgress;
import io.backupconsole.domain.awsbackup.BackupJobStatus;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AWS Backup job states to the shared outcome, with PercentDone and ExpectedCompletionDate. */
class AwsBackupJobPollerTest {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Instant EXPECTED = NOW.plusSeconds(600);

    @ParameterizedTest
    @CsvSource(
            nullValues = "none",
            value = {
                "CREATED, none, RUNNING",
                "PENDING, none, RUNNING",
                "RUNNING, none, RUNNING",
                "ABORTING, none, RUNNING",
                "COMPLETED, none, SUCCEEDED",
                "COMPLETED, SUCCESS, SUCCEEDED",
                "COMPLETED, PARTIAL, COMPLETED_WITH_ISSUES",
                "PARTIAL, none, COMPLETED_WITH_ISSUES",
                "FAILED, none, FAILED",
                "ABORTED, none, ABORTED",
                "EXPIRED, none, EXPIRED"
            })
    void eachStateHasItsOutcome(String state, String messageCategory, JobOutcome outcome) {
        BackupJobStatus job = new BackupJobStatus(
                "job-1",
                "arn:aws:ec2:us-east-1:123456789012:volume/vol-1",
                "EBS",
                "Default",
                state,
                35.0,
                10L,
                100L,
                NOW.minusSeconds(60),
                EXPECTED,
                null,
                "msg",
                messageCategory,
                null);

        JobProgress progress = AwsBackupJobPoller.progressOf(job, NOW);

        assertEquals(outcome, progress.outcome());
        assertEquals(outcome == JobOutcome.SUCCEEDED ? 100.0 : 35.0, progress.percent());
        assertEquals(EXPECTED, progress.expectedEnd(), "the service's own ETA is kept");
        assertEquals("msg", progress.message());
    }
}
