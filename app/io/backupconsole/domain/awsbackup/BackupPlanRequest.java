package io.backupconsole.domain.awsbackup;

/**
 * A new AWS Backup plan with one rule, as the "Add to a backup plan" dialog makes it (CreateBackupPlan).
 *
 * @param planName  BackupPlanName
 * @param ruleName  the rule's RuleName
 * @param schedule  the rule's ScheduleExpression, {@code cron(m h dom mon dow y)}
 * @param vaultName the rule's TargetBackupVaultName
 * @param lifecycle the rule's Lifecycle ({@link RecoveryPointLifecycle#KEEP_FOREVER} for none)
 */
public record BackupPlanRequest(
        String planName, String ruleName, String schedule, String vaultName, RecoveryPointLifecycle lifecycle) {
    public BackupPlanRequest {
        lifecycle = lifecycle == null ? RecoveryPointLifecycle.KEEP_FOREVER : lifecycle;
    }
}
