package io.backupconsole.aws.awsbackup;

import io.backupconsole.aws.JobPoller;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.JobProgress;
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.domain.awsbackup.BackupJobStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * AWS Backup jobs read with one ListBackupJobs by creation date (all pages) per poll; the few a listing misses are
 * asked one by one with DescribeBackupJob, at most {@link #DESCRIBE_LIMIT} per poll.
 */
public final class AwsBackupJobPoller implements JobPoller {
    static final int DESCRIBE_LIMIT = 5;
    /** Listing from a little before the oldest job, for clock skew between the app and AWS. */
    private static final Duration SKEW = Duration.ofMinutes(5);

    private final AwsBackupAdapter backup;

    public AwsBackupJobPoller(AwsBackupAdapter backup) {
        this.backup = backup;
    }

    @Override
    public Map<String, JobProgress> poll(Collection<String> serviceJobIds, Instant oldestStart, Instant now) {
        Set<String> wanted = new HashSet<>(serviceJobIds);
        Map<String, JobProgress> progress = new HashMap<>();
        for (BackupJobStatus status : backup.listJobs(oldestStart.minus(SKEW), null)) {
            if (wanted.remove(status.jobId())) {
                progress.put(status.jobId(), progressOf(status, now));
            }
        }
        wanted.stream().limit(DESCRIBE_LIMIT).forEach(jobId -> {
            try {
                progress.put(jobId, progressOf(backup.describeJob(jobId), now));
            } catch (ServiceFailure failure) {
                if (failure.kind() != ServiceFailure.Kind.NOT_FOUND) {
                    throw failure;
                }
            }
        });
        return progress;
    }

    /** AWS Backup job states to the shared outcome, with PercentDone and ExpectedCompletionDate. */
    static JobProgress progressOf(BackupJobStatus job, Instant now) {
        String state = job.state();
        Double percent = job.percentDone() == null ? null : Math.max(0, Math.min(100, job.percentDone()));
        JobOutcome outcome = switch (state) {
            case "COMPLETED" ->
                job.messageCategory().isEmpty() || job.messageCategory().equals("SUCCESS")
                        ? JobOutcome.SUCCEEDED
                        : JobOutcome.COMPLETED_WITH_ISSUES;
            case "PARTIAL" -> JobOutcome.COMPLETED_WITH_ISSUES;
            case "FAILED" -> JobOutcome.FAILED;
            case "ABORTED" -> JobOutcome.ABORTED;
            case "EXPIRED" -> JobOutcome.EXPIRED;
            default -> JobOutcome.RUNNING;
        };
        Double shown = outcome == JobOutcome.SUCCEEDED ? Double.valueOf(100.0) : percent;
        return new JobProgress(outcome, state, shown, job.expectedCompletion(), job.message(), now);
    }
}
