package io.backupconsole.domain.awsbackup;

import io.backupconsole.domain.rules.Tag;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An on-demand AWS Backup job as the user asked for it (StartBackupJob).
 *
 * @param backupVaultName       the vault that receives the recovery point
 * @param resourceArn           the resource to back up
 * @param iamRoleArn            the role AWS Backup assumes
 * @param startWindowMinutes    minutes the job may wait to start, or null for the service default (8 hours)
 * @param completeWindowMinutes minutes the job may take from its creation, or null for none
 * @param lifecycle             cold storage and retention of the recovery point
 * @param recoveryPointTags     tags put on the recovery point
 * @param backupOptions         e.g. {@code WindowsVSS=enabled}
 * @param idempotencyToken      generated once per user action and reused on retries, or null for a fresh SDK token
 */
public record BackupJobRequest(
        String backupVaultName,
        String resourceArn,
        String iamRoleArn,
        Long startWindowMinutes,
        Long completeWindowMinutes,
        RecoveryPointLifecycle lifecycle,
        List<Tag> recoveryPointTags,
        Map<String, String> backupOptions,
        String idempotencyToken) {

    public BackupJobRequest {
        Objects.requireNonNull(backupVaultName, "backupVaultName");
        Objects.requireNonNull(resourceArn, "resourceArn");
        Objects.requireNonNull(iamRoleArn, "iamRoleArn");
        lifecycle = lifecycle == null ? RecoveryPointLifecycle.KEEP_FOREVER : lifecycle;
        recoveryPointTags = recoveryPointTags == null ? List.of() : List.copyOf(recoveryPointTags);
        backupOptions = backupOptions == null ? Map.of() : Map.copyOf(backupOptions);
    }
}
