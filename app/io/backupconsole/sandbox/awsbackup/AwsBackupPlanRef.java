package io.backupconsole.sandbox.awsbackup;

/** The backup plan rule that made a scheduled job (the model's RecoveryPointCreator); null for on-demand jobs. */
record AwsBackupPlanRef(
        String planId, String planArn, String planName, String version, String ruleId, String ruleName) {}
