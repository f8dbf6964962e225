package io.backupconsole.sandbox.backup;

import io.backupconsole.domain.backup.RecoveryPointLifecycle;
import java.time.Instant;
import java.util.Map;

/** A recovery point in a vault, made by a completed (or partial) backup job. Immutable. */
record RecoveryPointRecord(
        String arn,
        String vaultName,
        String resourceArn,
        String resourceType,
        String resourceName,
        String iamRoleArn,
        String status,
        String statusMessage,
        Instant creationDate,
        Instant completionDate,
        long sizeBytes,
        RecoveryPointLifecycle lifecycle,
        BackupPlanRef createdBy,
        Map<String, String> tags,
        boolean isParent,
        String parentRecoveryPointArn) {}
