package io.backupconsole.aws.fsx;

import io.backupconsole.aws.JobPoller;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.JobProgress;
import io.backupconsole.domain.ServiceFailure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * FSx backups read with DescribeBackups by BackupIds, 50 at a time. One unknown id fails the whole batch with
 * BackupNotFound, so such a batch is split in halves until the unknown ids are alone (and left out).
 */
public final class FsxJobPoller implements JobPoller {
    static final int BATCH = 50;

    private final FsxAdapter fsx;

    public FsxJobPoller(FsxAdapter fsx) {
        this.fsx = fsx;
    }

    @Override
    public Map<String, JobProgress> poll(Collection<String> serviceJobIds, Instant oldestStart, Instant now) {
        List<String> ids = new ArrayList<>(serviceJobIds);
        Map<String, JobProgress> progress = new HashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            read(ids.subList(from, Math.min(ids.size(), from + BATCH)), now, progress);
        }
        return progress;
    }

    private void read(List<String> batch, Instant now, Map<String, JobProgress> progress) {
        try {
            fsx.describeBackups(batch).forEach(backup -> progress.put(backup.id(), progressOf(backup, now)));
        } catch (ServiceFailure failure) {
            if (failure.kind() != ServiceFailure.Kind.NOT_FOUND) {
                throw failure;
            }
            if (batch.size() > 1) {
                int half = batch.size() / 2;
                read(batch.subList(0, half), now, progress);
                read(batch.subList(half, batch.size()), now, progress);
            }
        }
    }

    /** FSx lifecycle words to the shared outcome; ProgressPercent where FSx gives it. */
    static JobProgress progressOf(BackupSummary backup, Instant now) {
        String lifecycle = backup.status();
        Double percent =
                backup.percentDone() == null ? null : backup.percentDone().doubleValue();
        return switch (lifecycle) {
            case "AVAILABLE" -> new JobProgress(JobOutcome.SUCCEEDED, lifecycle, 100.0, null, backup.message(), now);
            case "FAILED" -> new JobProgress(JobOutcome.FAILED, lifecycle, percent, null, backup.message(), now);
            case "DELETED" ->
                new JobProgress(
                        JobOutcome.ABORTED,
                        lifecycle,
                        percent,
                        null,
                        "The backup was deleted before it finished.",
                        now);
            default -> new JobProgress(JobOutcome.RUNNING, lifecycle, percent, null, backup.message(), now);
        };
    }
}
