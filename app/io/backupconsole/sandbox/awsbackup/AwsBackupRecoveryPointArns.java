package io.backupconsole.sandbox.awsbackup;

import io.backupconsole.sandbox.SimulationContext;

/**
 * The recovery point ARN a backup of each resource type gets. AWS Backup keeps the native snapshot ARN for
 * EBS/EC2/RDS-family/FSx backups and its own {@code recovery-point:} ARN for fully managed types (EFS, advanced
 * DynamoDB, S3, ...).
 */
final class AwsBackupRecoveryPointArns {
    private AwsBackupRecoveryPointArns() {}

    static String forType(String region, String resourceType, String jobId, String hex17, String uuid) {
        String account = SimulationContext.ACCOUNT_ID;
        return switch (resourceType) {
            case "EBS" -> "arn:aws:ec2:" + region + "::snapshot/snap-" + hex17;
            case "EC2" -> "arn:aws:ec2:" + region + "::image/ami-" + hex17;
            case "RDS" -> "arn:aws:rds:" + region + ":" + account + ":snapshot:awsbackup:job-" + jobId;
            case "Aurora", "Neptune", "DocumentDB" ->
                "arn:aws:rds:" + region + ":" + account + ":cluster-snapshot:awsbackup:job-" + jobId;
            case "FSx" -> "arn:aws:fsx:" + region + ":" + account + ":backup/backup-" + hex17;
            default -> "arn:aws:backup:" + region + ":" + account + ":recovery-point:" + uuid;
        };
    }

    /** doc StartBackupJob: RecoveryPointArn is "only returned for Amazon EFS and Advanced DynamoDB resources". */
    static boolean returnedOnStart(String resourceType) {
        return resourceType.equals("EFS") || resourceType.equals("DynamoDB");
    }
}
