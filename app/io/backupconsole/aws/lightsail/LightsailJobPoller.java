package io.backupconsole.aws.lightsail;

import io.backupconsole.aws.JobPoller;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.JobProgress;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Lightsail snapshots, tracked by name, read with one GetRelationalDatabaseSnapshots listing (all pages) per poll.
 * Lightsail reports no percentage, so the bar is indeterminate.
 */
public final class LightsailJobPoller implements JobPoller {
    private final LightsailAdapter lightsail;

    public LightsailJobPoller(LightsailAdapter lightsail) {
        this.lightsail = lightsail;
    }

    @Override
    public Map<String, JobProgress> poll(Collection<String> serviceJobIds, Instant oldestStart, Instant now) {
        return JobPoller.progressOfWanted(
                lightsail.listSnapshots(), serviceJobIds, now, LightsailJobPoller::progressOf);
    }

    /** pending, available, error/failed to the shared outcome. */
    static JobProgress progressOf(BackupSummary snapshot, Instant now) {
        String state = snapshot.status();
        return switch (state) {
            case "available" -> new JobProgress(JobOutcome.SUCCEEDED, state, 100.0, null, snapshot.message(), now);
            case "error", "failed" ->
                new JobProgress(
                        JobOutcome.FAILED,
                        state,
                        null,
                        null,
                        snapshot.message().isEmpty() ? "Lightsail could not create the snapshot." : snapshot.message(),
                        now);
            default -> new JobProgress(JobOutcome.RUNNING, state, null, null, snapshot.message(), now);
        };
    }
}
