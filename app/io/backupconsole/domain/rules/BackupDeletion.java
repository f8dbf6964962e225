package io.backupconsole.domain.rules;

import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Eligibility;
import java.util.Locale;
import java.util.Set;

/**
 * Which backups the user may delete from a details pane, and why not. Manual backups that have finished can be
 * deleted; automated ones follow the service's retention setting and AWS Backup's recovery points follow their
 * backup plan's lifecycle, so the app leaves them alone and says so.
 */
public final class BackupDeletion {
    /** Status texts (any service, any case) of backups still being made. */
    private static final Set<String> RUNNING =
            Set.of("in_progress", "creating", "pending", "transferring", "copying", "created", "running");

    private static final Set<String> GOING = Set.of("deleting", "deleted");

    private BackupDeletion() {}

    public static Eligibility eligibility(BackupSummary backup) {
        return switch (backup.origin()) {
            case AUTOMATED ->
                Eligibility.refused(
                        "Automated backups are removed by the service's retention setting; only manual backups are deleted here.");
            case AWS_BACKUP ->
                Eligibility.refused(
                        "Managed by AWS Backup: its backup plan's lifecycle deletes it (or delete the recovery point in AWS Backup).");
            case MANUAL -> manual(backup);
        };
    }

    private static Eligibility manual(BackupSummary backup) {
        String status = backup.status().toLowerCase(Locale.ROOT);
        if (RUNNING.contains(status)) {
            return Eligibility.refused("Still being created (" + backup.status() + "): wait until it finishes.");
        }
        if (GOING.contains(status)) {
            return Eligibility.refused("Already being deleted.");
        }
        return Eligibility.ALLOWED;
    }
}
