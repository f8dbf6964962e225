package io.backupconsole.sandbox.awsbackup;

/**
 * A resource of the simulated account that AWS Backup can be asked to back up (the other services' inventory
 * as AWS Backup sees it). Immutable.
 *
 * @param arn       the resource ARN
 * @param type      AWS Backup's resource type name (EBS, EFS, ...)
 * @param name      the resource name AWS Backup reports
 * @param platform  "windows" or "linux" for EC2 instances, null otherwise
 * @param sizeBytes the data a backup copies
 */
record AwsBackupResource(String arn, String type, String name, String platform, long sizeBytes) {}
