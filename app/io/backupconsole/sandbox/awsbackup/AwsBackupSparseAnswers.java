package io.backupconsole.sandbox.awsbackup;

import io.backupconsole.sandbox.protocol.SparseShape;

/**
 * What AWS Backup answers keep under {@code sparseResponses}, from the AWS Backup 2018-11-15 model, which marks no
 * member of these outputs required (the required members of {@code BackupPlan} and {@code BackupSelection} sit in
 * optional members, so they go with them): vaults keep their {@code BackupVaultName}, protected resources their
 * {@code ResourceArn}, jobs their {@code BackupJobId}, recovery points their {@code RecoveryPointArn}, plans their
 * {@code BackupPlanId}, selections their {@code SelectionId} and plan; supported resource types are themselves
 * identifiers; the region settings are all optional and go.
 */
final class AwsBackupSparseAnswers {
    private static final String TOKEN = "NextToken";

    static final SparseShape LIST_VAULTS =
            SparseShape.keep(TOKEN).with("BackupVaultList", SparseShape.keep("BackupVaultName"));
    static final SparseShape LIST_PROTECTED_RESOURCES =
            SparseShape.keep(TOKEN).with("Results", SparseShape.keep("ResourceArn"));
    static final SparseShape SUPPORTED_RESOURCE_TYPES = SparseShape.keep("ResourceTypes");
    static final SparseShape REGION_SETTINGS = SparseShape.NOTHING;
    static final SparseShape RECOVERY_POINTS =
            SparseShape.keep(TOKEN).with("RecoveryPoints", SparseShape.keep("RecoveryPointArn"));
    static final SparseShape JOB = SparseShape.keep("BackupJobId");
    static final SparseShape LIST_JOBS = SparseShape.keep(TOKEN).with("BackupJobs", JOB);
    static final SparseShape PLAN = SparseShape.keep("BackupPlanId");
    static final SparseShape LIST_PLANS = SparseShape.keep(TOKEN).with("BackupPlansList", PLAN);
    static final SparseShape SELECTION = SparseShape.keep("SelectionId", "BackupPlanId");
    static final SparseShape LIST_SELECTIONS = SparseShape.keep(TOKEN).with("BackupSelectionsList", SELECTION);

    private AwsBackupSparseAnswers() {}
}
