package io.backupconsole.aws.overview;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupSummary;
import java.time.Instant;
import java.util.List;

/**
 * The backups running now in one service of one (account, region), as overview rows: each service's module reads
 * them with one listing (never one call per resource). Blocking network calls: background only.
 */
final class RunningBackups {
    private RunningBackups() {}

    /** The running backups of {@code service}, as rows of {@code target} (account id still empty). */
    static List<OverviewRow> of(AwsService service, ServiceAdapters adapters, OverviewTarget target, Instant now) {
        return adapters.runningBackups(service, now).stream()
                .map(backup -> row(target, backup))
                .toList();
    }

    private static OverviewRow row(OverviewTarget target, BackupSummary backup) {
        return new OverviewRow(
                target.account(),
                "",
                target.region(),
                OverviewRow.Kind.RUNNING_BACKUP,
                backup.service(),
                backup.name(),
                backup.id(),
                backup.status(),
                of(backup.resourceId()) + percent(backup.percentDone()),
                backup.createdAt());
    }

    /** "Of fs-…", or nothing when the answer does not say which resource. */
    private static String of(String resourceId) {
        return resourceId == null ? "" : "Of " + resourceId;
    }

    private static String percent(Integer done) {
        return done == null ? "" : " (" + done + " %)";
    }
}
