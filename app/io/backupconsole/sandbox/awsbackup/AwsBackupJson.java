package io.backupconsole.sandbox.awsbackup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.domain.awsbackup.RecoveryPointLifecycle;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.support.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Renders AWS Backup's records in the model's member names; timestamps as epoch seconds. */
final class AwsBackupJson {
    private AwsBackupJson() {}

    static ObjectNode vault(AwsBackupVault vault, long recoveryPoints) {
        ObjectNode node = Json.object();
        node.put("BackupVaultName", vault.name());
        node.put("BackupVaultArn", vault.arn());
        node.put("VaultType", vault.vaultType());
        node.put("VaultState", "AVAILABLE");
        node.set("CreationDate", Json.epochSeconds(vault.creationDate()));
        node.put("EncryptionKeyArn", vault.encryptionKeyArn());
        node.put("EncryptionKeyType", vault.encryptionKeyType());
        node.put("NumberOfRecoveryPoints", recoveryPoints);
        node.put("Locked", vault.locked());
        if (vault.minRetentionDays() != null) {
            node.put("MinRetentionDays", vault.minRetentionDays());
        }
        if (vault.maxRetentionDays() != null) {
            node.put("MaxRetentionDays", vault.maxRetentionDays());
        }
        if (vault.lockDate() != null) {
            node.set("LockDate", Json.epochSeconds(vault.lockDate()));
        }
        return node;
    }

    /** A BackupJob / DescribeBackupJobOutput as of {@code now}. */
    static ObjectNode job(AwsBackupJob job, Instant now) {
        AwsBackupJobView view = job.view(now);
        ObjectNode node = Json.object();
        node.put("AccountId", SimulationContext.ACCOUNT_ID);
        node.put("BackupJobId", job.id());
        node.put("BackupVaultName", job.vault().name());
        node.put("BackupVaultArn", job.vault().arn());
        node.put("VaultType", job.vault().vaultType());
        node.put("RecoveryPointArn", job.recoveryPointArn());
        lifecycle(job.lifecycle()).ifPresent(lc -> node.set("RecoveryPointLifecycle", lc));
        node.put("EncryptionKeyArn", job.vault().encryptionKeyArn());
        node.put("IsEncrypted", true);
        node.put("ResourceArn", job.resource().arn());
        node.put("ResourceType", job.resource().type());
        node.put("ResourceName", job.resource().name());
        node.set("CreationDate", Json.epochSeconds(job.creationDate()));
        node.set("InitiationDate", Json.epochSeconds(job.creationDate()));
        if (view.completionDate() != null) {
            node.set("CompletionDate", Json.epochSeconds(view.completionDate()));
        }
        node.put("State", view.state());
        if (!view.message().isEmpty()) {
            node.put("StatusMessage", view.message());
        }
        if (!view.messageCategory().isEmpty()) {
            node.put("MessageCategory", view.messageCategory());
        }
        node.put("PercentDone", String.format(Locale.ROOT, "%.1f", view.percentDone()));
        node.put("BytesTransferred", view.bytesTransferred());
        node.put("BackupSizeInBytes", job.resource().sizeBytes());
        node.put("IamRoleArn", job.iamRoleArn());
        if (job.createdBy() != null) {
            node.set("CreatedBy", creator(job.createdBy()));
        }
        node.set("ExpectedCompletionDate", Json.epochSeconds(job.expectedCompletion()));
        node.set("StartBy", Json.epochSeconds(job.startBy()));
        if (!job.backupOptions().isEmpty()) {
            node.set("BackupOptions", stringMap(job.backupOptions()));
        }
        if (job.backupOptions().getOrDefault("WindowsVSS", "").equals("enabled")) {
            node.put("BackupType", "WindowsVSS");
        }
        if (job.parentJobId() != null) {
            node.put("ParentJobId", job.parentJobId());
        }
        node.put("IsParent", job.isParent());
        return node;
    }

    static ObjectNode recoveryPointInVault(AwsBackupRecoveryPoint rp, AwsBackupVault vault) {
        ObjectNode node = Json.object();
        node.put("RecoveryPointArn", rp.arn());
        node.put("BackupVaultName", vault.name());
        node.put("BackupVaultArn", vault.arn());
        node.put("ResourceArn", rp.resourceArn());
        node.put("ResourceType", rp.resourceType());
        node.put("ResourceName", rp.resourceName());
        if (rp.createdBy() != null) {
            node.set("CreatedBy", creator(rp.createdBy()));
        }
        node.put("IamRoleArn", rp.iamRoleArn());
        node.put("Status", rp.status());
        if (!rp.statusMessage().isEmpty()) {
            node.put("StatusMessage", rp.statusMessage());
        }
        node.set("CreationDate", Json.epochSeconds(rp.creationDate()));
        node.set("InitiationDate", Json.epochSeconds(rp.creationDate()));
        node.set("CompletionDate", Json.epochSeconds(rp.completionDate()));
        node.put("BackupSizeInBytes", rp.sizeBytes());
        lifecycle(rp.lifecycle()).ifPresent(lc -> node.set("Lifecycle", lc));
        ObjectNode calculated = calculatedLifecycle(rp.lifecycle(), rp.creationDate());
        if (!calculated.isEmpty()) {
            node.set("CalculatedLifecycle", calculated);
        }
        node.put("EncryptionKeyArn", vault.encryptionKeyArn());
        node.put("EncryptionKeyType", vault.encryptionKeyType());
        node.put("IsEncrypted", true);
        node.put("IsParent", rp.isParent());
        if (rp.parentRecoveryPointArn() != null) {
            node.put("ParentRecoveryPointArn", rp.parentRecoveryPointArn());
        }
        node.put("VaultType", vault.vaultType());
        return node;
    }

    static ObjectNode recoveryPointOfResource(AwsBackupRecoveryPoint rp, AwsBackupVault vault) {
        ObjectNode node = Json.object();
        node.put("RecoveryPointArn", rp.arn());
        node.set("CreationDate", Json.epochSeconds(rp.creationDate()));
        node.put("Status", rp.status());
        if (!rp.statusMessage().isEmpty()) {
            node.put("StatusMessage", rp.statusMessage());
        }
        node.put("EncryptionKeyArn", vault.encryptionKeyArn());
        node.put("EncryptionKeyType", vault.encryptionKeyType());
        node.put("BackupSizeBytes", rp.sizeBytes());
        node.put("BackupVaultName", vault.name());
        node.put("IsParent", rp.isParent());
        if (rp.parentRecoveryPointArn() != null) {
            node.put("ParentRecoveryPointArn", rp.parentRecoveryPointArn());
        }
        node.put("ResourceName", rp.resourceName());
        node.put("VaultType", vault.vaultType());
        return node;
    }

    static ObjectNode protectedResource(
            AwsBackupResource resource, AwsBackupRecoveryPoint latest, AwsBackupVault vault) {
        ObjectNode node = Json.object();
        node.put("ResourceArn", resource.arn());
        node.put("ResourceType", resource.type());
        node.put("ResourceName", resource.name());
        node.set("LastBackupTime", Json.epochSeconds(latest.creationDate()));
        node.put("LastBackupVaultArn", vault.arn());
        node.put("LastRecoveryPointArn", latest.arn());
        return node;
    }

    static Optional<ObjectNode> lifecycle(RecoveryPointLifecycle lifecycle) {
        if (lifecycle == null || lifecycle.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode node = Json.object();
        if (lifecycle.moveToColdStorageAfterDays() != null) {
            node.put("MoveToColdStorageAfterDays", lifecycle.moveToColdStorageAfterDays());
        }
        if (lifecycle.deleteAfterDays() != null) {
            node.put("DeleteAfterDays", lifecycle.deleteAfterDays());
        }
        return Optional.of(node);
    }

    private static ObjectNode calculatedLifecycle(RecoveryPointLifecycle lifecycle, Instant created) {
        ObjectNode node = Json.object();
        if (lifecycle != null && lifecycle.moveToColdStorageAfterDays() != null) {
            node.set(
                    "MoveToColdStorageAt",
                    Json.epochSeconds(created.plus(Duration.ofDays(lifecycle.moveToColdStorageAfterDays()))));
        }
        if (lifecycle != null && lifecycle.deleteAfterDays() != null) {
            node.set("DeleteAt", Json.epochSeconds(created.plus(Duration.ofDays(lifecycle.deleteAfterDays()))));
        }
        return node;
    }

    private static ObjectNode creator(AwsBackupPlanRef plan) {
        ObjectNode node = Json.object();
        node.put("BackupPlanId", plan.planId());
        node.put("BackupPlanArn", plan.planArn());
        node.put("BackupPlanName", plan.planName());
        node.put("BackupPlanVersion", plan.version());
        node.put("BackupRuleId", plan.ruleId());
        node.put("BackupRuleName", plan.ruleName());
        return node;
    }

    static ObjectNode stringMap(Map<String, String> map) {
        ObjectNode node = Json.object();
        map.forEach(node::put);
        return node;
    }
}
