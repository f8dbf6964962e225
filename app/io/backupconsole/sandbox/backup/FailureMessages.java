package io.backupconsole.sandbox.backup;

/**
 * How a simulated backup fails, per resource type, in the words AWS Backup's status messages use. Categories are
 * those the ListBackupJobs documentation names (AccessDenied, InvalidParameters) plus InternalError.
 */
final class FailureMessages {
    private FailureMessages() {}

    static JobOutcome forResource(ResourceRecord resource) {
        return switch (resource.type()) {
            case "EBS" ->
                JobOutcome.failed(
                        "Snapshot creation failed because volume " + resource.name() + " was in the 'error' state.",
                        "InvalidParameters",
                        0.35);
            case "EC2" ->
                JobOutcome.failed(
                        "Failed to create an AMI of instance " + resource.name()
                                + ": an internal error occurred while creating the EBS snapshots. Retry the backup.",
                        "InternalError",
                        0.6);
            case "RDS", "Aurora", "Neptune", "DocumentDB" ->
                JobOutcome.failed(
                        "DB " + resource.name()
                                + " is not in the 'available' state (it is 'modifying'); the snapshot could not be created.",
                        "InvalidParameters",
                        0.0);
            case "DynamoDB" ->
                JobOutcome.failed(
                        "The IAM role is not authorized to perform dynamodb:StartAwsBackupJob on table "
                                + resource.name() + ".",
                        "AccessDenied",
                        0.0);
            case "S3" ->
                JobOutcome.failed(
                        "Bucket " + resource.name() + " does not have versioning enabled, which "
                                + "AWS Backup requires for S3 backups.",
                        "InvalidParameters",
                        0.0);
            default ->
                JobOutcome.failed(
                        "An internal error occurred while backing up " + resource.name() + ". Retry the backup.",
                        "InternalError",
                        0.5);
        };
    }
}
