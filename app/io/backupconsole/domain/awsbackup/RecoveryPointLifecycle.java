package io.backupconsole.domain.awsbackup;

/**
 * How long an AWS Backup recovery point stays warm and how long it is kept, in days after creation; a null member
 * means "never" (no cold tier, kept forever).
 */
public record RecoveryPointLifecycle(Long moveToColdStorageAfterDays, Long deleteAfterDays) {
    public static final RecoveryPointLifecycle KEEP_FOREVER = new RecoveryPointLifecycle(null, null);

    public boolean isEmpty() {
        return moveToColdStorageAfterDays == null && deleteAfterDays == null;
    }
}
