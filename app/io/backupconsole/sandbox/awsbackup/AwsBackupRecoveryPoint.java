package io.backupconsole.sandbox.awsbackup;

import io.backupconsole.domain.awsbackup.RecoveryPointLifecycle;
import java.time.Instant;
import java.util.Map;

/** A recovery point in a vault, made by a completed (or partial) backup job. Immutable. */
record AwsBackupRecoveryPoint(
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
        AwsBackupPlanRef createdBy,
        Map<String, String> tags,
        boolean isParent,
        String parentRecoveryPointArn) {}
