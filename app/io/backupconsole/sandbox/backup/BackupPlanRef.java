package io.backupconsole.sandbox.backup;

/** The backup plan rule that made a scheduled job (the model's RecoveryPointCreator); null for on-demand jobs. */
record BackupPlanRef(String planId, String planArn, String planName, String version, String ruleId, String ruleName) {}
