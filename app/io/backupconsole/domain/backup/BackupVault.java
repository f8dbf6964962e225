package io.backupconsole.domain.backup;

import java.util.Objects;

/**
 * An AWS Backup vault as the create dialog offers it.
 *
 * @param name                   the vault name
 * @param arn                    the vault ARN
 * @param vaultType              BACKUP_VAULT, LOGICALLY_AIR_GAPPED_BACKUP_VAULT, ...
 * @param locked                 whether Vault Lock applies
 * @param minRetentionDays       the lock's minimum retention, or null
 * @param maxRetentionDays       the lock's maximum retention, or null
 * @param recoveryPointCount     recovery points it holds
 * @param customerManagedKey     whether it is encrypted with a customer-managed KMS key
 */
public record BackupVault(
        String name,
        String arn,
        String vaultType,
        boolean locked,
        Long minRetentionDays,
        Long maxRetentionDays,
        long recoveryPointCount,
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
