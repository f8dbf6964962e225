package io.backupconsole.sandbox.backup;

import io.backupconsole.domain.backup.RecoveryPointLifecycle;
import io.backupconsole.sandbox.support.SimulatedRun;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Seed data: us-east-1 has four vaults (default, customer-KMS, locked, logically air-gapped), twelve resources of
 * nine types with 30+ days of history and one running job; eu-west-1 a smaller, different set. Every other region
 * starts empty, without even a "Default" vault: AWS creates that vault only when the console first opens AWS
 * Backup in a region, so an account used through the API alone has none there.
 */
final class BackupSeed {
    /** GetSupportedResourceTypes, as listed in the facts §4.3. */
    static final List<String> SUPPORTED_TYPES = List.of(
            "Aurora",
            "CloudFormation",
            "DocumentDB",
            "DynamoDB",
            "EBS",
            "EC2",
            "EFS",
            "EKS",
            "FSx",
            "Neptune",
            "RDS",
            "Redshift",
            "S3",
            "SAP HANA on Amazon EC2",
            "Storage Gateway",
            "Timestream",
            "VirtualMachine");

    private static final String AWS_KEY = "AWS_OWNED_KMS_KEY";
    private static final String CUSTOMER_KEY = "CUSTOMER_MANAGED_KMS_KEY";

    private BackupSeed() {}

    static BackupRegion seed(String region, Instant now) {
        BackupRegion state = switch (region) {
            case "us-east-1" -> usEast1(new SeedBuilder(region, now));
            case "eu-west-1" -> euWest1(new SeedBuilder(region, now));
            default -> empty(region);
        };
        state.settle(now);
        return state;
    }

    private static BackupRegion empty(String region) {
        BackupRegion state = new BackupRegion(region);
        optInAllBut(state, List.of());
        return state;
    }

    private static void optInAllBut(BackupRegion state, List<String> optedOut) {
        state.supportedTypes.addAll(SUPPORTED_TYPES);
        SUPPORTED_TYPES.forEach(type -> state.optIn.put(type, !optedOut.contains(type)));
    }

    private static BackupRegion usEast1(SeedBuilder b) {
        optInAllBut(b.state, List.of("Neptune", "Storage Gateway"));
        VaultRecord standard = b.vault("Default", AWS_KEY, null, null, VaultRecord.STANDARD, 420);
        VaultRecord cmk = b.vault("prod-cmk-vault", CUSTOMER_KEY, null, null, VaultRecord.STANDARD, 300);
        VaultRecord locked = b.vault("compliance-locked", CUSTOMER_KEY, 7L, 365L, VaultRecord.STANDARD, 200);
        b.vault("airgapped-archive", AWS_KEY, 7L, 3650L, VaultRecord.AIR_GAPPED, 90);

        ResourceRecord efs = b.resource(
                b.arn("elasticfilesystem", "file-system/fs-0c1d2e3f4a5b6c7d8"),
                "EFS",
                "shared-home",
                null,
                SeedBuilder.gib(12.4));
        ResourceRecord ebs = b.resource(
                b.arn("ec2", "volume/vol-0e4f5a6b7c8d9e0f1"), "EBS", "build-cache", null, SeedBuilder.gib(100));
        ResourceRecord rds = b.resource(b.arn("rds", "db:orders-db"), "RDS", "orders-db", null, SeedBuilder.gib(250));
        ResourceRecord ddb =
                b.resource(b.arn("dynamodb", "table/Customers"), "DynamoDB", "Customers", null, SeedBuilder.gib(3.2));
        ResourceRecord fsx = b.resource(
                b.arn("fsx", "file-system/fs-0a1b2c3d4e5f60001"), "FSx", "corp-shares", null, SeedBuilder.gib(1024));
        ResourceRecord windows = b.resource(
                b.arn("ec2", "instance/i-0a1b2c3d4e5f67890"), "EC2", "win-fileserver", "windows", SeedBuilder.gib(80));
        ResourceRecord linux =
                b.resource(b.arn("ec2", "instance/i-0f9e8d7c6b5a43210"), "EC2", "web-01", "linux", SeedBuilder.gib(30));
        ResourceRecord s3 =
                b.resource("arn:aws:s3:::acme-invoices-prod", "S3", "acme-invoices-prod", null, SeedBuilder.gib(48));
        ResourceRecord neptune = b.resource(
                b.arn("rds", "cluster:graph-neptune"), "Neptune", "graph-neptune", null, SeedBuilder.gib(20));
        ResourceRecord stack = b.resource(
                b.arn("cloudformation", "stack/payments-stack/" + b.uuid()),
                "CloudFormation",
                "payments-stack",
                null,
                SeedBuilder.gib(2));
        ResourceRecord ledger = b.resource(
                b.arn("dynamodb", "table/payments-ledger"), "DynamoDB", "payments-ledger", null, SeedBuilder.gib(1.5));
        ResourceRecord keys = b.resource(
                b.arn("dynamodb", "table/payments-idempotency"),
                "DynamoDB",
                "payments-idempotency",
                null,
                SeedBuilder.gib(0.2));

        BackupPlanRef daily = b.plan("daily-35d", "DailyBackups");
        RecoveryPointLifecycle keep35 = new RecoveryPointLifecycle(null, 35L);
        RecoveryPointLifecycle coldAfter30 = new RecoveryPointLifecycle(30L, 120L);
        b.weekly(efs, standard, daily, coldAfter30, 1, 8, 15, 22, 29);
        b.state.addOldRecoveryPoint(
                b.arn("backup", "recovery-point:" + b.uuid()),
                standard,
                efs,
                b.now.minus(Duration.ofDays(36)),
                coldAfter30,
                daily,
                SeedBuilder.ROLE);
        b.state.addOldRecoveryPoint(
                b.arn("backup", "recovery-point:" + b.uuid()),
                standard,
                efs,
                b.now.minus(Duration.ofDays(43)),
                coldAfter30,
                daily,
                SeedBuilder.ROLE);
        b.weekly(ebs, standard, daily, keep35, 1, 8, 15, 22);
        b.weekly(rds, locked, daily, keep35, 1, 8, 15, 22, 29);
        b.weekly(ddb, cmk, daily, keep35, 1, 8, 15, 22);
        b.weekly(fsx, standard, daily, keep35, 2, 9, 16);
        b.weekly(windows, standard, daily, keep35, 1, 8, 15);
        b.weekly(linux, standard, daily, keep35, 1, 8, 15);
        b.weekly(s3, cmk, daily, keep35, 9, 16);
        b.weekly(neptune, standard, daily, keep35, 22, 29);

        b.finishedJob(
                ebs,
                standard,
                3.2,
                4,
                JobOutcome.failed(
                        "Snapshot creation failed because volume " + "vol-0e4f5a6b7c8d9e0f1 was in the 'error' state.",
                        "InvalidParameters",
                        0.0),
                daily,
                keep35,
                null,
                false);
        b.finishedJob(linux, standard, 5.1, 3, JobOutcome.aborted(), null, keep35, null, false);
        b.finishedJob(ddb, cmk, 6.3, 60, JobOutcome.expired(60), null, keep35, null, false);
        b.finishedJob(
                s3,
                cmk,
                2.2,
                25,
                JobOutcome.completedWithIssues(
                        "Backup completed, but 14 objects were skipped "
                                + "because the backup role is not allowed s3:GetObject on them.",
                        "AccessDenied"),
                daily,
                keep35,
                null,
                false);
        JobRecord parent = b.finishedJob(
                stack, standard, 4.2, 12, JobOutcome.partial("1 of 2 child jobs failed."), null, keep35, null, true);
        b.finishedJob(ledger, standard, 4.2, 10, JobOutcome.completed(), null, keep35, parent.id, false);
        b.finishedJob(
                keys,
                standard,
                4.2,
                2,
                JobOutcome.failed(
                        "IAM role " + SeedBuilder.ROLE + " is not authorized "
                                + "to call dynamodb:StartAwsBackupJob on table payments-idempotency.",
                        "AccessDenied",
                        0.0),
                null,
                keep35,
                parent.id,
                false);

        // The one job still running when the sandbox starts: a long RDS snapshot (which cannot be stopped).
        b.add(
                rds,
                standard,
                new SimulatedRun(b.now.minus(Duration.ofMinutes(20)), Duration.ofHours(2), false),
                JobOutcome.completed(),
                null,
                keep35,
                null,
                false);
        return b.state;
    }

    private static BackupRegion euWest1(SeedBuilder b) {
        optInAllBut(b.state, List.of("RDS", "Storage Gateway"));
        VaultRecord standard = b.vault("Default", AWS_KEY, null, null, VaultRecord.STANDARD, 380);
        VaultRecord cmk = b.vault("eu-cmk-vault", CUSTOMER_KEY, null, null, VaultRecord.STANDARD, 120);

        ResourceRecord efs = b.resource(
                b.arn("elasticfilesystem", "file-system/fs-0d2e3f4a5b6c7d8e9"),
                "EFS",
                "eu-shared",
                null,
                SeedBuilder.gib(5.5));
        ResourceRecord ebs = b.resource(
                b.arn("ec2", "volume/vol-0b7c8d9e0f1a2b3c4"), "EBS", "eu-db-volume", null, SeedBuilder.gib(200));
        ResourceRecord ddb =
                b.resource(b.arn("dynamodb", "table/Sessions"), "DynamoDB", "Sessions", null, SeedBuilder.gib(0.8));
        ResourceRecord rds = b.resource(b.arn("rds", "db:eu-reports"), "RDS", "eu-reports", null, SeedBuilder.gib(60));

        BackupPlanRef weekly = b.plan("weekly-90d", "WeeklyBackups");
        RecoveryPointLifecycle keep90 = new RecoveryPointLifecycle(null, 90L);
        b.weekly(efs, standard, weekly, keep90, 2, 9, 16);
        b.weekly(ebs, cmk, weekly, keep90, 2, 9);
        b.weekly(ddb, cmk, weekly, keep90, 2, 9, 16, 23);
        b.weekly(rds, standard, weekly, keep90, 23);
        b.finishedJob(
                ebs,
                cmk,
                16.2,
                9,
                JobOutcome.failed(
                        "IAM role " + SeedBuilder.ROLE + " could not use KMS key "
                                + "for vault eu-cmk-vault: kms:CreateGrant was denied.",
                        "AccessDenied",
                        0.2),
                weekly,
                keep90,
                null,
                false);
        return b.state;
    }
}
