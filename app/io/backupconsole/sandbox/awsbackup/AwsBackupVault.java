package io.backupconsole.sandbox.awsbackup;

import io.backupconsole.sandbox.SimulationContext;
import java.time.Instant;

/** A backup vault of the simulated account. Immutable. */
record AwsBackupVault(
        String name,
        String arn,
        String vaultType,
        String encryptionKeyArn,
        String encryptionKeyType,
        Instant creationDate,
        boolean locked,
        Long minRetentionDays,
        Long maxRetentionDays,
        Instant lockDate) {

    static final String STANDARD = "BACKUP_VAULT";
    static final String AIR_GAPPED = "LOGICALLY_AIR_GAPPED_BACKUP_VAULT";

    static String arnOf(String region, String name) {
        return "arn:aws:backup:" + region + ":" + SimulationContext.ACCOUNT_ID + ":backup-vault:" + name;
    }
}
