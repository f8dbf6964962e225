package io.backupconsole.sandbox.fuzz;

import io.backupconsole.sandbox.SimulationContext;
import java.util.List;

/**
 * One valid request for every operation of the four simulated services, on the us-east-1 seed data: the starting
 * points the fuzzer mutates. Ids that the seed generates (jobs, backups, operations) are passed in.
 */
final class ValidRequests {
    static final String OPSWORKS = "OpsWorksCM_V2016_11_01.";
    static final String FSX = "AWSSimbaAPIService_v20180301.";
    static final String LIGHTSAIL = "Lightsail_20161128.";
    private static final String ACCOUNT = SimulationContext.ACCOUNT_ID;
    static final String ROLE = "arn:aws:iam::" + ACCOUNT + ":role/service-role/AWSBackupDefaultServiceRole";
    static final String RDS_ARN = "arn:aws:rds:us-east-1:" + ACCOUNT + ":db:orders-db";

    private ValidRequests() {}

    /** Ids found in the seed data: jobs, a resource with no running job, backups, a snapshot and an operation. */
    record SeedIds(
            String backupJobId,
            String stoppableJobId,
            String freeResourceArn,
            String fsxBackupId,
            String opsWorksBackupId,
            String lightsailSnapshot,
            String lightsailOperationId) {}

    static List<FuzzRequest> all(SeedIds ids) {
        String encodedArn = RDS_ARN.replace(":", "%3A");
        return List.of(
                FuzzRequest.json(
                        "OpsWorks CM DescribeServers",
                        OPSWORKS + "DescribeServers",
                        "{\"ServerName\":\"chef-prod\",\"MaxResults\":5}"),
                FuzzRequest.json(
                        "OpsWorks CM CreateBackup",
                        OPSWORKS + "CreateBackup",
                        "{\"ServerName\":\"chef-prod\",\"Description\":\"fuzz\",\"Tags\":[{\"Key\":\"team\",\"Value\":\"ops\"}]}"),
                FuzzRequest.json(
                        "OpsWorks CM DescribeBackups",
                        OPSWORKS + "DescribeBackups",
                        "{\"ServerName\":\"chef-prod\",\"MaxResults\":10}"),
                FuzzRequest.json(
                        "OpsWorks CM DeleteBackup",
                        OPSWORKS + "DeleteBackup",
                        "{\"BackupId\":\"" + ids.opsWorksBackupId() + "\"}"),
                FuzzRequest.json(
                        "FSx DescribeFileSystems",
                        FSX + "DescribeFileSystems",
                        "{\"FileSystemIds\":[\"fs-0a1b2c3d4e5f60002\"],\"MaxResults\":10}"),
                FuzzRequest.json(
                        "FSx DescribeVolumes",
                        FSX + "DescribeVolumes",
                        "{\"Filters\":[{\"Name\":\"file-system-id\",\"Values\":[\"fs-0a1b2c3d4e5f60005\"]}],\"MaxResults\":20}"),
                FuzzRequest.json(
                        "FSx DescribeBackups",
                        FSX + "DescribeBackups",
                        "{\"Filters\":[{\"Name\":\"file-system-id\",\"Values\":[\"fs-0a1b2c3d4e5f60002\"]}],\"MaxResults\":5}"),
                FuzzRequest.json(
                        "FSx CreateBackup",
                        FSX + "CreateBackup",
                        "{\"FileSystemId\":\"fs-0a1b2c3d4e5f60002\",\"ClientRequestToken\":\"fuzz-token-1\","
                                + "\"Tags\":[{\"Key\":\"Name\",\"Value\":\"nightly\"}]}"),
                FuzzRequest.json(
                        "FSx DeleteBackup",
                        FSX + "DeleteBackup",
                        "{\"BackupId\":\"" + ids.fsxBackupId() + "\",\"ClientRequestToken\":\"fuzz-token-2\"}"),
                FuzzRequest.json("Lightsail GetRelationalDatabases", LIGHTSAIL + "GetRelationalDatabases", "{}"),
                FuzzRequest.json(
                        "Lightsail GetRelationalDatabase",
                        LIGHTSAIL + "GetRelationalDatabase",
                        "{\"relationalDatabaseName\":\"orders-pg\"}"),
                FuzzRequest.json(
                        "Lightsail CreateRelationalDatabaseSnapshot",
                        LIGHTSAIL + "CreateRelationalDatabaseSnapshot",
                        "{\"relationalDatabaseName\":\"shop-mysql\",\"relationalDatabaseSnapshotName\":\"shop-mysql-fuzz\","
                                + "\"tags\":[{\"key\":\"team\",\"value\":\"db\"}]}"),
                FuzzRequest.json(
                        "Lightsail GetRelationalDatabaseSnapshots", LIGHTSAIL + "GetRelationalDatabaseSnapshots", "{}"),
                FuzzRequest.json(
                        "Lightsail GetRelationalDatabaseSnapshot",
                        LIGHTSAIL + "GetRelationalDatabaseSnapshot",
                        "{\"relationalDatabaseSnapshotName\":\"orders-pg-before-migration\"}"),
                FuzzRequest.json(
                        "Lightsail DeleteRelationalDatabaseSnapshot",
                        LIGHTSAIL + "DeleteRelationalDatabaseSnapshot",
                        "{\"relationalDatabaseSnapshotName\":\"" + ids.lightsailSnapshot() + "\"}"),
                FuzzRequest.json(
                        "Lightsail GetOperation",
                        LIGHTSAIL + "GetOperation",
                        "{\"operationId\":\"" + ids.lightsailOperationId() + "\"}"),
                FuzzRequest.json("Lightsail GetOperations", LIGHTSAIL + "GetOperations", "{}"),
                FuzzRequest.rest("Backup ListBackupVaults", "GET", "/backup-vaults/?maxResults=10", ""),
                FuzzRequest.rest("Backup ListProtectedResources", "GET", "/resources/?maxResults=5", ""),
                FuzzRequest.rest(
                        "Backup ListProtectedResourcesByBackupVault", "GET", "/backup-vaults/Default/resources/", ""),
                FuzzRequest.rest("Backup GetSupportedResourceTypes", "GET", "/supported-resource-types", ""),
                FuzzRequest.rest("Backup DescribeRegionSettings", "GET", "/account-settings", ""),
                FuzzRequest.rest(
                        "Backup ListRecoveryPointsByBackupVault",
                        "GET",
                        "/backup-vaults/Default/recovery-points/?createdAfter=2020-01-01T00%3A00%3A00Z&maxResults=5",
                        ""),
                FuzzRequest.rest(
                        "Backup ListRecoveryPointsByResource",
                        "GET",
                        "/resources/" + encodedArn + "/recovery-points/?maxResults=5",
                        ""),
                FuzzRequest.rest(
                        "Backup StartBackupJob",
                        "PUT",
                        "/backup-jobs",
                        "{\"BackupVaultName\":\"Default\",\"ResourceArn\":\"" + ids.freeResourceArn()
                                + "\",\"IamRoleArn\":\"" + ROLE + "\","
                                + "\"IdempotencyToken\":\"fuzz-1\",\"StartWindowMinutes\":60,\"CompleteWindowMinutes\":240,"
                                + "\"Lifecycle\":{\"DeleteAfterDays\":35},\"RecoveryPointTags\":{\"team\":\"db\"}}"),
                FuzzRequest.rest("Backup DescribeBackupJob", "GET", "/backup-jobs/" + ids.backupJobId(), ""),
                FuzzRequest.rest("Backup ListBackupJobs", "GET", "/backup-jobs/?state=COMPLETED&maxResults=20", ""),
                FuzzRequest.rest("Backup StopBackupJob", "POST", "/backup-jobs/" + ids.stoppableJobId(), ""));
    }
}
