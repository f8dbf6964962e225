package io.backupconsole.sandbox.awsbackup;

import io.backupconsole.domain.awsbackup.RecoveryPointLifecycle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * AWS Backup's state in one region: vaults, the resources it can see, region settings, jobs and recovery points.
 * Confined to the simulator's lock (the dispatcher calls every handler while holding it), so no locking here.
 * Call {@link #settle} before reading: it turns jobs that finished since the last call into recovery points.
 */
final class AwsBackupRegion {
    final String region;
    final Map<String, AwsBackupVault> vaults = new LinkedHashMap<>();
    final Map<String, AwsBackupResource> resources = new LinkedHashMap<>();
    final List<String> supportedTypes = new ArrayList<>();
    final Map<String, Boolean> optIn = new LinkedHashMap<>();
    final Map<String, AwsBackupJob> jobs = new LinkedHashMap<>();
    final List<AwsBackupRecoveryPoint> recoveryPoints = new ArrayList<>();
    final Map<String, AwsBackupJob> jobsByIdempotencyToken = new HashMap<>();
    final Map<String, AwsBackupPlan> plans = new LinkedHashMap<>();

    AwsBackupRegion(String region) {
        this.region = region;
    }

    void addVault(AwsBackupVault vault) {
        vaults.put(vault.name(), vault);
    }

    void addResource(AwsBackupResource resource) {
        resources.put(resource.arn(), resource);
    }

    void addJob(AwsBackupJob job) {
        jobs.put(job.id(), job);
    }

    /** Makes the recovery points of jobs that completed by {@code now}, parents before their children. */
    void settle(Instant now) {
        List<AwsBackupJob> due = jobs.values().stream()
                .filter(job -> job.needsRecoveryPoint(now))
                .sorted(Comparator.comparing((AwsBackupJob job) -> job.parentJobId() != null))
                .toList();
        for (AwsBackupJob job : due) {
            String parentArn = job.parentJobId() == null
                    ? null
                    : Optional.ofNullable(jobs.get(job.parentJobId()))
                            .map(parent -> parent.recoveryPointArn())
                            .orElse(null);
            AwsBackupJobView view = job.view(now);
            recoveryPoints.add(new AwsBackupRecoveryPoint(
                    job.recoveryPointArn(),
                    job.vault().name(),
                    job.resource().arn(),
                    job.resource().type(),
                    job.resource().name(),
                    job.iamRoleArn(),
                    view.state(),
                    view.message(),
                    job.creationDate(),
                    view.completionDate(),
                    job.resource().sizeBytes(),
                    job.lifecycle(),
                    job.createdBy(),
                    job.tags(),
                    job.isParent(),
                    parentArn));
            job.recoveryPointMade();
        }
    }

    Optional<AwsBackupJob> activeJobFor(String resourceArn, Instant now) {
        return jobs.values().stream()
                .filter(job -> job.resource().arn().equals(resourceArn)
                        && job.view(now).active())
                .findFirst();
    }

    List<AwsBackupRecoveryPoint> recoveryPointsIn(String vaultName) {
        return recoveryPoints.stream()
                .filter(rp -> rp.vaultName().equals(vaultName))
                .toList();
    }

    boolean isOptedIn(String type) {
        return optIn.getOrDefault(type, false);
    }

    /** Seed helper: a recovery point older than the 30 days ListBackupJobs shows, with no job behind it. */
    void addOldRecoveryPoint(
            String arn,
            AwsBackupVault vault,
            AwsBackupResource resource,
            Instant created,
            RecoveryPointLifecycle lifecycle,
            AwsBackupPlanRef plan,
            String roleArn) {
        recoveryPoints.add(new AwsBackupRecoveryPoint(
                arn,
                vault.name(),
                resource.arn(),
                resource.type(),
                resource.name(),
                roleArn,
                "COMPLETED",
                "",
                created,
                created.plusSeconds(600),
                resource.sizeBytes(),
                lifecycle,
                plan,
                Map.of(),
                false,
                null));
    }
}
