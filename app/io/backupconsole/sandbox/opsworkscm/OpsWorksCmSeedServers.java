package io.backupconsole.sandbox.opsworkscm;

import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.support.SimulatedRun;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Builds seed servers and their backup history for one region with realistic derived values (ARNs, endpoints,
 * network ids). Uses its own random stream seeded by the region name, so seeding never shifts the sandbox's
 * shared random choices and each region's seed looks the same every time.
 */
final class OpsWorksCmSeedServers {
    private final OpsWorksCmRegion region;
    private final Instant now;
    private final Random random;
    private final String account = SimulationContext.ACCOUNT_ID;

    OpsWorksCmSeedServers(OpsWorksCmRegion region, Instant now) {
        this.region = region;
        this.now = now;
        this.random = new Random(region.region().hashCode());
    }

    /**
     * Adds a server. Chef Automate servers are {@code ChefAutomate / Single / 2}, Puppet Enterprise servers
     * {@code Puppet / Monolithic / 2019}, as CreateServer documents them.
     */
    OpsWorksCmServer server(
            String name,
            String engine,
            String baseStatus,
            String statusReason,
            int ageDays,
            int backupRetentionCount,
            String backupWindow) {
        boolean chef = engine.equals("ChefAutomate");
        String stackId = hex(8) + "-" + hex(4) + "-" + hex(4) + "-" + hex(4) + "-" + hex(12);
        OpsWorksCmServer server = new OpsWorksCmServer(
                name,
                "arn:aws:opsworks-cm:" + region.region() + ":" + account + ":server/" + name + "/" + stackId,
                engine,
                chef ? "Single" : "Monolithic",
                chef ? "2" : "2019",
                chef ? "m5.large" : "m5.xlarge",
                now.minus(Duration.ofDays(ageDays)).truncatedTo(ChronoUnit.SECONDS),
                name + "-" + hex(16) + "." + region.region() + ".opsworks-cm.io",
                backupRetentionCount,
                false,
                backupWindow,
                "Tue:03:00",
                baseStatus.equals("UNDER_MAINTENANCE") ? "FAILED" : "SUCCESS",
                baseStatus,
                statusReason,
                "arn:aws:iam::" + account + ":instance-profile/aws-opsworks-cm-ec2-role",
                "arn:aws:iam::" + account + ":role/service-role/aws-opsworks-cm-service-role",
                chef ? "ops-admin" : null,
                List.of("sg-" + hex(17)),
                List.of("subnet-" + hex(17)),
                "arn:aws:cloudformation:" + region.region() + ":" + account + ":stack/aws-opsworks-cm-instance-" + name
                        + "-" + now.minus(Duration.ofDays(ageDays)).toEpochMilli() + "/" + stackId,
                chef ? "2.0.1" : "1.9.8");
        region.addServer(server);
        return server;
    }

    /** One automated backup per day for the last {@code days} days, at the server's backup window. */
    void automatedBackups(OpsWorksCmServer server, int days) {
        int hour = Integer.parseInt(server.preferredBackupWindow().substring(0, 2));
        Instant today = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(hour));
        for (int day = 1; day <= days; day++) {
            backup(server, OpsWorksCmBackup.Type.AUTOMATED, today.minus(Duration.ofDays(day)), null, false);
        }
    }

    /** A finished manual backup {@code age} ago. */
    void manualBackup(OpsWorksCmServer server, Duration age, String description, boolean failed) {
        backup(server, OpsWorksCmBackup.Type.MANUAL, now.minus(age), description, failed);
    }

    /** A manual backup that started {@code startedAgo} ago and runs for {@code takes} in all. */
    void runningBackup(OpsWorksCmServer server, Duration startedAgo, Duration takes, String description) {
        Instant startedAt = now.minus(startedAgo);
        String id = region.newBackupId(server.name(), startedAt);
        region.addBackup(new OpsWorksCmBackup(
                id,
                region.backupArn(id),
                OpsWorksCmBackup.Type.MANUAL,
                description,
                OpsWorksCmBackupOperations.USER_ARN,
                server,
                new SimulatedRun(startedAt, takes, false),
                OpsWorksCmBackupOperations.FAILURE_REASONS.getFirst(),
                null));
    }

    private void backup(
            OpsWorksCmServer server,
            OpsWorksCmBackup.Type type,
            Instant startedAt,
            String description,
            boolean failed) {
        Instant at = startedAt.plusMillis(random.nextInt(1000));
        Duration took = Duration.ofSeconds(90 + random.nextInt(600));
        boolean manual = type == OpsWorksCmBackup.Type.MANUAL;
        String id = region.newBackupId(server.name(), at);
        region.addBackup(new OpsWorksCmBackup(
                id,
                region.backupArn(id),
                type,
                manual ? description : null,
                manual ? OpsWorksCmBackupOperations.USER_ARN : null,
                server,
                new SimulatedRun(at, took, failed),
                OpsWorksCmBackupOperations.FAILURE_REASONS.get(
                        random.nextInt(OpsWorksCmBackupOperations.FAILURE_REASONS.size())),
                null));
    }

    private String hex(int length) {
        byte[] bytes = new byte[(length + 1) / 2];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).substring(0, length);
    }
}
