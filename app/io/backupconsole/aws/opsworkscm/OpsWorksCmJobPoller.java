package io.backupconsole.aws.opsworkscm;

import io.backupconsole.aws.JobPoller;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.JobProgress;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * OpsWorks CM backups read with one DescribeBackups for every server (all pages): one call per poll however many
 * backups are watched. OpsWorks CM reports no percentage, so the bar is indeterminate.
 */
public final class OpsWorksCmJobPoller implements JobPoller {
    private final OpsWorksCmAdapter opsWorks;

    public OpsWorksCmJobPoller(OpsWorksCmAdapter opsWorks) {
        this.opsWorks = opsWorks;
    }

    @Override
    public Map<String, JobProgress> poll(Collection<String> serviceJobIds, Instant oldestStart, Instant now) {
        return JobPoller.progressOfWanted(
                opsWorks.describeBackups(Optional.empty()), serviceJobIds, now, OpsWorksCmJobPoller::progressOf);
    }

    /** IN_PROGRESS, OK, FAILED, DELETING to the shared outcome. */
    static JobProgress progressOf(BackupSummary backup, Instant now) {
        String status = backup.status();
        return switch (status) {
            case "OK" -> new JobProgress(JobOutcome.SUCCEEDED, status, 100.0, null, backup.message(), now);
            case "FAILED" -> new JobProgress(JobOutcome.FAILED, status, null, null, backup.message(), now);
            case "DELETING" ->
                new JobProgress(JobOutcome.ABORTED, status, null, null, "The backup is being deleted.", now);
            default -> new JobProgress(JobOutcome.RUNNING, status, null, null, backup.message(), now);
        };
    }
}
