package io.backupconsole.ui.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.JobProgress;
import io.backupconsole.domain.awsbackup.BackupJobRequest;
import io.backupconsole.testsupport.StandardServices;
import io.backupconsole.tracking.TrackedJob;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stop asks the service to stop a job: it is offered only while the job's connection can be reached. */
class ActivityActionsTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final TrackedJob runningEbsJob = runningAwsBackupJob();

    @Test
    void stopIsOfferedForARunningAwsBackupJobWhoseServiceAnswers() {
        Eligibility stop =
                ActivityActions.stop(StandardServices.registry(), ActivityRow.Values.of(runningEbsJob, "", "", NOW));

        assertTrue(stop.allowed(), stop.reason());
    }

    @Test
    void stopIsNotOfferedWhileTheJobsConnectionCannotBeReached() {
        Eligibility stop = ActivityActions.stop(
                StandardServices.registry(),
                ActivityRow.Values.of(runningEbsJob, "", "Connection refused: http://127.0.0.1:1", NOW));

        assertEquals(
                "AWS Backup cannot be reached now, so it cannot be asked to stop the backup; try again once it"
                        + " answers.",
                stop.reason());
    }

    private static TrackedJob runningAwsBackupJob() {
        String arn = "arn:aws:ec2:us-east-1:123456789012:volume/vol-0abc";
        String token = BackupRequest.newToken();
        BackupJobRequest job = new BackupJobRequest(
                "Default",
                arn,
                "arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole",
                60L,
                null,
                null,
                List.of(),
                null,
                token);
        BackupRequest request = new BackupRequest(AwsService.BACKUP, arn, "vol-0abc", "", "", List.of(), job, token);
        return TrackedJob.submitting("endpoint:http://127.0.0.1:1", "us-east-1", request, NOW)
                .withServiceJobId("job-1")
                .withProgress(new JobProgress(JobOutcome.RUNNING, "RUNNING", 20.0, null, "", NOW));
    }
}
