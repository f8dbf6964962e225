package io.backupconsole.domain.awsbackup;

import java.util.Objects;

/**
 * An AWS Backup vault as the create dialog offers it.
 *
 * @param name                   the vault name
 * @param arn                    the vault ARN
 * @param vaultType              BACKUP_VAULT, LOGICALLY_AIR_GAPPED_BACKUP_VAULT, ...
 * @param locked                 whether Vault Lock applies (false when the service does not say: it enforces the
 *                               lock itself when the backup starts)
 * @param minRetentionDays       the lock's minimum retention, or null
 * @param maxRetentionDays       the lock's maximum retention, or null
 * @param recoveryPointCount     recovery points it holds, or null when the service does not say
 * @param customerManagedKey     whether it is encrypted with a customer-managed KMS key
 */
public record BackupVault(
        String name,
        String arn,
        String vaultType,
        boolean locked,
        Long minRetentionDays,
        Long maxRetentionDays,
        Long recoveryPointCount,
        boolean customerManagedKey) {

    public BackupVault {
        Objects.requireNonNull(name, "name");
        vaultType = vaultType == null ? "" : vaultType;
    }

    /** True for vaults StartBackupJob takes by name (logically air-gapped vaults go by ARN). */
    public boolean acceptsBackupsByName() {
        return !vaultType.equals("LOGICALLY_AIR_GAPPED_BACKUP_VAULT");
    }
}
