package io.backupconsole.domain.awsbackup;

import java.util.Objects;

/**
 * An AWS Backup plan as listed (ListBackupPlans), or as made by CreateBackupPlan.
 *
 * @param id        BackupPlanId
 * @param arn       BackupPlanArn
 * @param name      BackupPlanName
 * @param versionId VersionId
 */
public record BackupPlanSummary(String id, String arn, String name, String versionId) {
    public BackupPlanSummary {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
    }

    @Override
    public String toString() {
        return name;
    }
}
