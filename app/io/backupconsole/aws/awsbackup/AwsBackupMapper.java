package io.backupconsole.aws.awsbackup;

import io.backupconsole.domain.Attribute;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupOrigin;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.awsbackup.BackupJobRequest;
import io.backupconsole.domain.awsbackup.BackupJobStatus;
import io.backupconsole.domain.awsbackup.BackupVault;
import io.backupconsole.domain.awsbackup.ResourceArns;
import io.backupconsole.domain.rules.AwsBackupRules;
import io.backupconsole.domain.rules.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.backup.model.BackupJob;
import software.amazon.awssdk.services.backup.model.BackupVaultListMember;
import software.amazon.awssdk.services.backup.model.DescribeBackupJobResponse;
import software.amazon.awssdk.services.backup.model.EncryptionKeyType;
import software.amazon.awssdk.services.backup.model.Lifecycle;
import software.amazon.awssdk.services.backup.model.ProtectedResource;
import software.amazon.awssdk.services.backup.model.RecoveryPointByBackupVault;
import software.amazon.awssdk.services.backup.model.RecoveryPointByResource;
import software.amazon.awssdk.services.backup.model.StartBackupJobRequest;

/** The one place that maps AWS Backup SDK types to domain types and back. Stateless. */
final class AwsBackupMapper {
    private AwsBackupMapper() {}

    static Resource resource(ProtectedResource resource, Eligibility eligibility) {
        // ResourceArn is the identifier; every other member may be missing. The ARN tells most types.
        String type = resource.resourceType() != null
                ? resource.resourceType()
                : ResourceArns.resourceType(resource.resourceArn()).orElse(null);
        List<Attribute> attributes = new ArrayList<>();
        if (type != null) {
            attributes.add(new Attribute("Resource type", type));
        }
        attributes.add(new Attribute("Resource ARN", resource.resourceArn()));
        if (resource.lastBackupTime() != null) {
            attributes.add(
                    new Attribute("Last backup", resource.lastBackupTime().toString()));
        }
        if (resource.lastBackupVaultArn() != null) {
            attributes.add(new Attribute("Last backup vault", vaultName(resource.lastBackupVaultArn())));
        }
        if (resource.lastRecoveryPointArn() != null) {
            attributes.add(new Attribute("Last recovery point", resource.lastRecoveryPointArn()));
        }
        attributes.add(new Attribute("Stop supported", AwsBackupRules.canStop(type) ? "Yes" : "No"));
        return new Resource(
                AwsService.BACKUP,
                resource.resourceArn(),
                resource.resourceName(),
                type == null ? "Protected resource" : AwsBackupRules.typeInWords(type),
                "Protected",
                null,
                null,
                eligibility,
                attributes);
    }

    /** A recovery point of one resource: named by the vault that holds it. */
    static BackupSummary backup(String resourceArn, RecoveryPointByResource point) {
        String name = point.backupVaultName() == null ? null : "In " + point.backupVaultName();
        return new BackupSummary(
                AwsService.BACKUP,
                point.recoveryPointArn(),
                resourceArn,
                name,
                BackupOrigin.AWS_BACKUP,
                point.statusAsString(),
                point.creationDate(),
                point.backupSizeBytes(),
                null,
                point.statusMessage());
    }

    /** A recovery point in a vault: named by the resource it protects. */
    static BackupSummary backup(RecoveryPointByBackupVault point) {
        String resource = point.resourceName() == null || point.resourceName().isBlank()
                ? point.resourceArn()
                : point.resourceName();
        String name = point.resourceType() == null ? resource : resource + " (" + point.resourceType() + ")";
        return new BackupSummary(
                AwsService.BACKUP,
                point.recoveryPointArn(),
                point.resourceArn(),
                name,
                BackupOrigin.AWS_BACKUP,
                point.statusAsString(),
                point.creationDate(),
                point.backupSizeInBytes(),
                null,
                point.statusMessage());
    }

    static BackupVault vault(BackupVaultListMember vault) {
        return new BackupVault(
                vault.backupVaultName(),
                vault.backupVaultArn(),
                vault.vaultTypeAsString(),
                Boolean.TRUE.equals(vault.locked()),
                vault.minRetentionDays(),
                vault.maxRetentionDays(),
                vault.numberOfRecoveryPoints(),
                vault.encryptionKeyType() == EncryptionKeyType.CUSTOMER_MANAGED_KMS_KEY);
    }

    static StartBackupJobRequest request(BackupJobRequest request) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Tag tag : request.recoveryPointTags()) {
            tags.put(tag.key(), tag.value());
        }
        StartBackupJobRequest.Builder builder = StartBackupJobRequest.builder()
                .backupVaultName(request.backupVaultName())
                .resourceArn(request.resourceArn())
                .iamRoleArn(request.iamRoleArn())
                .startWindowMinutes(request.startWindowMinutes())
                .completeWindowMinutes(request.completeWindowMinutes())
                .idempotencyToken(request.idempotencyToken());
        if (!request.lifecycle().isEmpty()) {
            builder.lifecycle(Lifecycle.builder()
                    .moveToColdStorageAfterDays(request.lifecycle().moveToColdStorageAfterDays())
                    .deleteAfterDays(request.lifecycle().deleteAfterDays())
                    .build());
        }
        if (!tags.isEmpty()) {
            builder.recoveryPointTags(tags);
        }
        if (!request.backupOptions().isEmpty()) {
            builder.backupOptions(request.backupOptions());
        }
        return builder.build();
    }

    static BackupJobStatus status(DescribeBackupJobResponse job) {
        return new BackupJobStatus(
                job.backupJobId(),
                job.resourceArn(),
                job.resourceType(),
                job.backupVaultName(),
                job.stateAsString(),
                percent(job.percentDone()),
                job.bytesTransferred(),
                job.backupSizeInBytes(),
                job.creationDate(),
                job.expectedCompletionDate(),
                job.completionDate(),
                job.statusMessage(),
                job.messageCategory(),
                job.recoveryPointArn());
    }

    static BackupJobStatus status(BackupJob job) {
        return new BackupJobStatus(
                job.backupJobId(),
                job.resourceArn(),
                job.resourceType(),
                job.backupVaultName(),
                job.stateAsString(),
                percent(job.percentDone()),
                job.bytesTransferred(),
                job.backupSizeInBytes(),
                job.creationDate(),
                job.expectedCompletionDate(),
                job.completionDate(),
                job.statusMessage(),
                job.messageCategory(),
                job.recoveryPointArn());
    }

    /** PercentDone is a string on the wire ("42.0"); anything unparseable counts as unknown. */
    static Double percent(String percentDone) {
        if (percentDone == null || percentDone.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(percentDone.strip());
            return Double.isFinite(value) ? Math.max(0, Math.min(100, value)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code arn:aws:backup:us-east-1:123456789012:backup-vault:Default} → {@code Default}. */
    static String vaultName(String vaultArn) {
        int at = vaultArn.lastIndexOf(":backup-vault:");
        return at < 0 ? vaultArn : vaultArn.substring(at + ":backup-vault:".length());
    }
}
