package io.backupconsole.aws.fake;

import io.backupconsole.aws.JobPoller;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.JobProgress;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Snapshots read in one DescribeBackups by their ids. */
final class FakeJobPoller implements JobPoller {
    private final FakeAdapter fake;

    FakeJobPoller(FakeAdapter fake) {
        this.fake = fake;
    }

    @Override
    public Map<String, JobProgress> poll(Collection<String> serviceJobIds, Instant oldestStart, Instant now) {
        List<BackupSummary> snapshots = fake.describeSnapshots(List.copyOf(serviceJobIds));
        return JobPoller.progressOfWanted(snapshots, serviceJobIds, now, FakeJobPoller::progressOf);
    }

    private static JobProgress progressOf(BackupSummary snapshot, Instant now) {
        Double percent =
                snapshot.percentDone() == null ? null : snapshot.percentDone().doubleValue();
        JobOutcome outcome = switch (snapshot.status()) {
            case "AVAILABLE" -> JobOutcome.SUCCEEDED;
            case "FAILED" -> JobOutcome.FAILED;
            default -> JobOutcome.RUNNING;
        };
        return new JobProgress(outcome, snapshot.status(), percent, null, snapshot.message(), now);
    }
}
