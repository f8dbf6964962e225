package io.backupconsole.domain.awsbackup;

import java.time.Instant;
import java.util.Objects;

/**
 * What AWS Backup says about one backup job when asked.
 *
 * @param jobId              the BackupJobId
 * @param resourceArn        the resource being backed up
 * @param resourceType       AWS Backup's type name (EBS, EFS, RDS, ...)
 * @param backupVaultName    the target vault
 * @param state              CREATED, PENDING, RUNNING, ABORTING, ABORTED, COMPLETED, FAILED, EXPIRED or PARTIAL
 * @param percentDone        progress 0–100, or null when the service gave none (it sends a string)
 * @param bytesTransferred   bytes moved so far, or null
 * @param backupSizeBytes    size of the backup, or null
 * @param createdAt          when the job was created
 * @param expectedCompletion when the service expects it to finish, or null
 * @param completedAt        when it finished, or null while it runs
 * @param message            the status message, or empty
 * @param messageCategory    e.g. SUCCESS or AccessDenied, or empty
 * @param recoveryPointArn   the recovery point it makes, or null when not known yet
 */
public record BackupJobStatus(
        String jobId,
        String resourceArn,
        String resourceType,
        String backupVaultName,
        String state,
        Double percentDone,
        Long bytesTransferred,
        Long backupSizeBytes,
        Instant createdAt,
        Instant expectedCompletion,
        Instant completedAt,
        String message,
        String messageCategory,
        String recoveryPointArn) {

    public BackupJobStatus {
        Objects.requireNonNull(jobId, "jobId");
        state = state == null ? "" : state;
        message = message == null ? "" : message;
        messageCategory = messageCategory == null ? "" : messageCategory;
    }

    /** True once the job can no longer change (polling stops). */
    public boolean finished() {
        return switch (state) {
            case "COMPLETED", "ABORTED", "FAILED", "EXPIRED", "PARTIAL" -> true;
            default -> false;
        };
    }
}
