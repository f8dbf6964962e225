package io.backupconsole.aws.overview;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.awsbackup.AwsBackupAdapter;
import io.backupconsole.aws.fsx.FsxAdapter;
import io.backupconsole.aws.lightsail.LightsailAdapter;
import io.backupconsole.aws.opsworkscm.OpsWorksCmAdapter;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.awsbackup.BackupJobStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The backups running now in one service of one (account, region), each read with one listing (never one call per
 * resource). Blocking network calls: background only.
 */
final class RunningBackups {
    /** AWS Backup jobs older than this are not looked at: a job running for a week is beyond what this view is for. */
    static final Duration JOB_LOOKBACK = Duration.ofDays(7);

    private static final Set<String> FSX_RUNNING = Set.of("CREATING", "TRANSFERRING", "PENDING", "COPYING");

    private RunningBackups() {}

    /** The running backups of {@code service}, as rows of {@code target} (account id still empty). */
    static List<OverviewRow> of(AwsService service, ServiceAdapters adapters, OverviewTarget target, Instant now) {
        return switch (service) {
            case OPSWORKS_CM ->
                summaries(
                        target,
                        ((OpsWorksCmAdapter) adapters.get(service)).describeBackups(Optional.empty()),
                        "IN_PROGRESS"::equals);
            case FSX -> summaries(target, ((FsxAdapter) adapters.get(service)).listAllBackups(), FSX_RUNNING::contains);
            case LIGHTSAIL ->
                summaries(
                        target,
                        ((LightsailAdapter) adapters.get(service)).listSnapshots(),
                        "pending"::equalsIgnoreCase);
            case BACKUP ->
                ((AwsBackupAdapter) adapters.get(service))
                        .listJobs(now.minus(JOB_LOOKBACK), null).stream()
                                // A job whose state the answer left out is not claimed to be running.
                                .filter(job -> !job.state().isEmpty() && !job.finished())
                                .map(job -> jobRow(target, job))
                                .toList();
        };
    }

    private static List<OverviewRow> summaries(
            OverviewTarget target, List<BackupSummary> backups, java.util.function.Predicate<String> running) {
        return backups.stream()
                .filter(backup -> running.test(backup.status()))
                .map(backup -> new OverviewRow(
                        target.account(),
                        "",
                        target.region(),
                        OverviewRow.Kind.RUNNING_BACKUP,
                        backup.service(),
                        backup.name(),
                        backup.id(),
                        backup.status(),
                        of(backup.resourceId())
                                + percent(
                                        backup.percentDone() == null
                                                ? null
                                                : backup.percentDone().doubleValue()),
                        backup.createdAt()))
                .toList();
    }

    private static OverviewRow jobRow(OverviewTarget target, BackupJobStatus job) {
        return new OverviewRow(
                target.account(),
                "",
                target.region(),
                OverviewRow.Kind.RUNNING_BACKUP,
                AwsService.BACKUP,
                job.jobId(),
                job.jobId(),
                job.state(),
                of(job.resourceArn()) + percent(job.percentDone()),
                job.createdAt());
    }

    /** "Of fs-…", or nothing when the answer does not say which resource. */
    private static String of(String resourceId) {
        return resourceId == null ? "" : "Of " + resourceId;
    }

    private static String percent(Double done) {
        return done == null ? "" : " (" + Math.round(done) + " %)";
    }
}
