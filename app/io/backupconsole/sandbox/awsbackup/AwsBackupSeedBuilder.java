package io.backupconsole.sandbox.awsbackup;

import io.backupconsole.domain.awsbackup.RecoveryPointLifecycle;
import io.backupconsole.domain.rules.AwsBackupRules;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.support.SimulatedRun;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Helpers shared by the regional seeds: deterministic ids (from the region name, so a region's seed never depends
 * on which region was touched first) and finished historical jobs relative to the moment of seeding.
 */
final class AwsBackupSeedBuilder {
    static final String ROLE = AwsBackupRules.defaultServiceRole(SimulationContext.ACCOUNT_ID);

    final AwsBackupRegion state;
    final Instant now;
    private final Random random;

    AwsBackupSeedBuilder(String region, Instant now) {
        this.state = new AwsBackupRegion(region);
        this.now = now;
        this.random = new Random(region.hashCode() * 31L + 7);
    }

    String hex(int length) {
        byte[] bytes = new byte[(length + 1) / 2];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).substring(0, length);
    }

    String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    String arn(String service, String resource) {
        return "arn:aws:" + service + ":" + state.region + ":" + SimulationContext.ACCOUNT_ID + ":" + resource;
    }

    AwsBackupVault vault(String name, String keyType, Long minDays, Long maxDays, String vaultType, int ageDays) {
        Instant created = now.minus(Duration.ofDays(ageDays));
        boolean locked = minDays != null || maxDays != null;
        AwsBackupVault vault = new AwsBackupVault(
                name,
                AwsBackupVault.arnOf(state.region, name),
                vaultType,
                arn("kms", "key/" + uuid()),
                keyType,
                created,
                locked,
                minDays,
                maxDays,
                locked ? created.plus(Duration.ofDays(3)) : null);
        state.addVault(vault);
        return vault;
    }

    AwsBackupResource resource(String arn, String type, String name, String platform, long sizeBytes) {
        AwsBackupResource resource = new AwsBackupResource(arn, type, name, platform, sizeBytes);
        state.addResource(resource);
        return resource;
    }

    AwsBackupPlanRef plan(String name, String ruleName) {
        String id = uuid();
        return new AwsBackupPlanRef(
                id, arn("backup", "backup-plan:" + id), name, uuid().replace("-", ""), uuid(), ruleName);
    }

    /** A finished job that started {@code daysAgo} days ago at about 05:00 and took {@code minutes}. */
    AwsBackupJob finishedJob(
            AwsBackupResource resource,
            AwsBackupVault vault,
            double daysAgo,
            int minutes,
            AwsBackupJobOutcome outcome,
            AwsBackupPlanRef plan,
            RecoveryPointLifecycle lifecycle,
            String parentJobId,
            boolean isParent) {
        Instant created = now.minus(Duration.ofMinutes((long) (daysAgo * 24 * 60)));
        SimulatedRun run = new SimulatedRun(created, Duration.ofMinutes(minutes), false);
        return add(resource, vault, run, outcome, plan, lifecycle, parentJobId, isParent);
    }

    AwsBackupJob add(
            AwsBackupResource resource,
            AwsBackupVault vault,
            SimulatedRun run,
            AwsBackupJobOutcome outcome,
            AwsBackupPlanRef plan,
            RecoveryPointLifecycle lifecycle,
            String parentJobId,
            boolean isParent) {
        String id = uuid().toUpperCase(Locale.ROOT);
        String rpArn = AwsBackupRecoveryPointArns.forType(
                state.region, resource.type(), id.toLowerCase(Locale.ROOT), hex(17), uuid());
        Map<String, String> tags = plan == null ? Map.of() : Map.of("backup-plan", plan.planName());
        AwsBackupJob job = new AwsBackupJob(
                id,
                vault,
                resource,
                ROLE,
                run.startedAt().plus(Duration.ofHours(8)),
                lifecycle,
                tags,
                Map.of(),
                run,
                outcome,
                plan,
                parentJobId,
                isParent,
                rpArn,
                null,
                new AwsBackupJob.Control());
        state.addJob(job);
        return job;
    }

    /** The same plan job every week on the given days ago, all completed. */
    void weekly(
            AwsBackupResource resource,
            AwsBackupVault vault,
            AwsBackupPlanRef plan,
            RecoveryPointLifecycle lifecycle,
            int... daysAgo) {
        for (int days : daysAgo) {
            finishedJob(
                    resource,
                    vault,
                    days + 0.2,
                    6 + (int) (resource.sizeBytes() % 40),
                    AwsBackupJobOutcome.completed(),
                    plan,
                    lifecycle,
                    null,
                    false);
        }
    }

    static long gib(double gib) {
        return (long) (gib * 1024 * 1024 * 1024);
    }
}
