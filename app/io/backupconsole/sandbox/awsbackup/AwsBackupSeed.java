package io.backupconsole.sandbox.awsbackup;

import io.backupconsole.domain.awsbackup.RecoveryPointLifecycle;
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
final class AwsBackupSeed {
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

    private AwsBackupSeed() {}

    static AwsBackupRegion seed(String region, Instant now) {
        AwsBackupRegion state = switch (region) {
            case "us-east-1" -> usEast1(new AwsBackupSeedBuilder(region, now));
            case "eu-west-1" -> euWest1(new AwsBackupSeedBuilder(region, now));
            default -> empty(region);
        };
        state.settle(now);
        return state;
    }

    private static AwsBackupRegion empty(String region) {
        AwsBackupRegion state = new AwsBackupRegion(region);
        optInAllBut(state, List.of());
        return state;
    }

    private static void optInAllBut(AwsBackupRegion state, List<String> optedOut) {
        state.supportedTypes.addAll(SUPPORTED_TYPES);
        SUPPORTED_TYPES.forEach(type -> state.optIn.put(type, !optedOut.contains(type)));
    }

    private static AwsBackupRegion usEast1(AwsBackupSeedBuilder b) {
        optInAllBut(b.state, List.of("Neptune", "Storage Gateway"));
        AwsBackupVault standard = b.vault("Default", AWS_KEY, null, null, AwsBackupVault.STANDARD, 420);
        AwsBackupVault cmk = b.vault("prod-cmk-vault", CUSTOMER_KEY, null, null, AwsBackupVault.STANDARD, 300);
        AwsBackupVault locked = b.vault("compliance-locked", CUSTOMER_KEY, 7L, 365L, AwsBackupVault.STANDARD, 200);
        b.vault("airgapped-archive", AWS_KEY, 7L, 3650L, AwsBackupVault.AIR_GAPPED, 90);

        AwsBackupResource efs = b.resource(
                b.arn("elasticfilesystem", "file-system/fs-0c1d2e3f4a5b6c7d8"),
                "EFS",
                "shared-home",
                null,
                AwsBackupSeedBuilder.gib(12.4));
        AwsBackupResource ebs = b.resource(
                b.arn("ec2", "volume/vol-0e4f5a6b7c8d9e0f1"),
                "EBS",
                "build-cache",
                null,
                AwsBackupSeedBuilder.gib(100));
        AwsBackupResource rds =
                b.resource(b.arn("rds", "db:orders-db"), "RDS", "orders-db", null, AwsBackupSeedBuilder.gib(250));
        AwsBackupResource ddb = b.resource(
                b.arn("dynamodb", "table/Customers"), "DynamoDB", "Customers", null, AwsBackupSeedBuilder.gib(3.2));
        AwsBackupResource fsx = b.resource(
                b.arn("fsx", "file-system/fs-0a1b2c3d4e5f60001"),
                "FSx",
                "corp-shares",
                null,
                AwsBackupSeedBuilder.gib(1024));
        AwsBackupResource windows = b.resource(
                b.arn("ec2", "instance/i-0a1b2c3d4e5f67890"),
                "EC2",
                "win-fileserver",
                "windows",
                AwsBackupSeedBuilder.gib(80));
        AwsBackupResource linux = b.resource(
                b.arn("ec2", "instance/i-0f9e8d7c6b5a43210"), "EC2", "web-01", "linux", AwsBackupSeedBuilder.gib(30));
        AwsBackupResource s3 = b.resource(
                "arn:aws:s3:::acme-invoices-prod", "S3", "acme-invoices-prod", null, AwsBackupSeedBuilder.gib(48));
        AwsBackupResource neptune = b.resource(
                b.arn("rds", "cluster:graph-neptune"), "Neptune", "graph-neptune", null, AwsBackupSeedBuilder.gib(20));
        AwsBackupResource stack = b.resource(
                b.arn("cloudformation", "stack/payments-stack/" + b.uuid()),
                "CloudFormation",
                "payments-stack",
                null,
                AwsBackupSeedBuilder.gib(2));
        AwsBackupResource ledger = b.resource(
                b.arn("dynamodb", "table/payments-ledger"),
                "DynamoDB",
                "payments-ledger",
                null,
                AwsBackupSeedBuilder.gib(1.5));
        AwsBackupResource keys = b.resource(
                b.arn("dynamodb", "table/payments-idempotency"),
                "DynamoDB",
                "payments-idempotency",
                null,
                AwsBackupSeedBuilder.gib(0.2));

        AwsBackupPlanRef daily = b.plan("daily-35d", "DailyBackups");
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
                AwsBackupSeedBuilder.ROLE);
        b.state.addOldRecoveryPoint(
                b.arn("backup", "recovery-point:" + b.uuid()),
                standard,
                efs,
                b.now.minus(Duration.ofDays(43)),
                coldAfter30,
                daily,
                AwsBackupSeedBuilder.ROLE);
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
                AwsBackupJobOutcome.failed(
                        "Snapshot creation failed because volume " + "vol-0e4f5a6b7c8d9e0f1 was in the 'error' state.",
                        "InvalidParameters",
                        0.0),
                daily,
                keep35,
                null,
                false);
        b.finishedJob(linux, standard, 5.1, 3, AwsBackupJobOutcome.aborted(), null, keep35, null, false);
        b.finishedJob(ddb, cmk, 6.3, 60, AwsBackupJobOutcome.expired(60), null, keep35, null, false);
        b.finishedJob(
                s3,
                cmk,
                2.2,
                25,
                AwsBackupJobOutcome.completedWithIssues(
                        "Backup completed, but 14 objects were skipped "
                                + "because the backup role is not allowed s3:GetObject on them.",
                        "AccessDenied"),
                daily,
                keep35,
                null,
                false);
        AwsBackupJob parent = b.finishedJob(
                stack,
                standard,
                4.2,
                12,
                AwsBackupJobOutcome.partial("1 of 2 child jobs failed."),
                null,
                keep35,
                null,
                true);
        b.finishedJob(ledger, standard, 4.2, 10, AwsBackupJobOutcome.completed(), null, keep35, parent.id(), false);
        b.finishedJob(
                keys,
                standard,
                4.2,
                2,
                AwsBackupJobOutcome.failed(
                        "IAM role " + AwsBackupSeedBuilder.ROLE + " is not authorized "
                                + "to call dynamodb:StartAwsBackupJob on table payments-idempotency.",
                        "AccessDenied",
                        0.0),
                null,
                keep35,
                parent.id(),
                false);

        // The one job still running when the sandbox starts: a long RDS snapshot (which cannot be stopped).
        b.add(
                rds,
                standard,
                new SimulatedRun(b.now.minus(Duration.ofMinutes(20)), Duration.ofHours(2), false),
                AwsBackupJobOutcome.completed(),
                null,
                keep35,
                null,
                false);
        return b.state;
    }

    private static AwsBackupRegion euWest1(AwsBackupSeedBuilder b) {
        optInAllBut(b.state, List.of("RDS", "Storage Gateway"));
        AwsBackupVault standard = b.vault("Default", AWS_KEY, null, null, AwsBackupVault.STANDARD, 380);
        AwsBackupVault cmk = b.vault("eu-cmk-vault", CUSTOMER_KEY, null, null, AwsBackupVault.STANDARD, 120);

        AwsBackupResource efs = b.resource(
                b.arn("elasticfilesystem", "file-system/fs-0d2e3f4a5b6c7d8e9"),
                "EFS",
                "eu-shared",
                null,
                AwsBackupSeedBuilder.gib(5.5));
        AwsBackupResource ebs = b.resource(
                b.arn("ec2", "volume/vol-0b7c8d9e0f1a2b3c4"),
                "EBS",
                "eu-db-volume",
                null,
                AwsBackupSeedBuilder.gib(200));
        AwsBackupResource ddb = b.resource(
                b.arn("dynamodb", "table/Sessions"), "DynamoDB", "Sessions", null, AwsBackupSeedBuilder.gib(0.8));
        AwsBackupResource rds =
                b.resource(b.arn("rds", "db:eu-reports"), "RDS", "eu-reports", null, AwsBackupSeedBuilder.gib(60));

        AwsBackupPlanRef weekly = b.plan("weekly-90d", "WeeklyBackups");
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
                AwsBackupJobOutcome.failed(
                        "IAM role " + AwsBackupSeedBuilder.ROLE + " could not use KMS key "
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
