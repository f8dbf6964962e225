package io.backupconsole.sandbox.awsbackup;

/**
 * How a simulated backup fails, per resource type, in the words AWS Backup's status messages use. Categories are
 * those the ListBackupJobs documentation names (AccessDenied, InvalidParameters) plus InternalError.
 */
final class AwsBackupFailureReasons {
    private AwsBackupFailureReasons() {}

    static AwsBackupJobOutcome forResource(AwsBackupResource resource) {
        return switch (resource.type()) {
            case "EBS" ->
                AwsBackupJobOutcome.failed(
                        "Snapshot creation failed because volume " + resource.name() + " was in the 'error' state.",
                        "InvalidParameters",
                        0.35);
            case "EC2" ->
                AwsBackupJobOutcome.failed(
                        "Failed to create an AMI of instance " + resource.name()
                                + ": an internal error occurred while creating the EBS snapshots. Retry the backup.",
                        "InternalError",
                        0.6);
            case "RDS", "Aurora", "Neptune", "DocumentDB" ->
                AwsBackupJobOutcome.failed(
                        "DB " + resource.name()
                                + " is not in the 'available' state (it is 'modifying'); the snapshot could not be created.",
                        "InvalidParameters",
                        0.0);
            case "DynamoDB" ->
                AwsBackupJobOutcome.failed(
                        "The IAM role is not authorized to perform dynamodb:StartAwsBackupJob on table "
                                + resource.name() + ".",
                        "AccessDenied",
                        0.0);
            case "S3" ->
                AwsBackupJobOutcome.failed(
                        "Bucket " + resource.name() + " does not have versioning enabled, which "
                                + "AWS Backup requires for S3 backups.",
                        "InvalidParameters",
                        0.0);
            default ->
                AwsBackupJobOutcome.failed(
                        "An internal error occurred while backing up " + resource.name() + ". Retry the backup.",
                        "InternalError",
                        0.5);
        };
    }
}
