package io.backupconsole.aws;

import io.backupconsole.domain.BackupSummary;

/**
 * Adapters whose service lets the user delete a manual backup (OpsWorks CM DeleteBackup, FSx DeleteBackup,
 * Lightsail DeleteRelationalDatabaseSnapshot). Blocking network call: background executor only.
 */
public interface DeletesBackups {
    void deleteBackup(BackupSummary backup);
}
