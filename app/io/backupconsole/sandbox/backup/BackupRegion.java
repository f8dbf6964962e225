package io.backupconsole.sandbox.backup;

import io.backupconsole.domain.backup.RecoveryPointLifecycle;
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
final class BackupRegion {
    final String region;
    final Map<String, VaultRecord> vaults = new LinkedHashMap<>();
    final Map<String, ResourceRecord> resources = new LinkedHashMap<>();
    final List<String> supportedTypes = new ArrayList<>();
    final Map<String, Boolean> optIn = new LinkedHashMap<>();
    final Map<String, JobRecord> jobs = new LinkedHashMap<>();
    final List<RecoveryPointRecord> recoveryPoints = new ArrayList<>();
    final Map<String, JobRecord> jobsByIdempotencyToken = new HashMap<>();
    final Map<String, PlanRecord> plans = new LinkedHashMap<>();

    BackupRegion(String region) {
        this.region = region;
    }

    void addVault(VaultRecord vault) {
        vaults.put(vault.name(), vault);
    }

    void addResource(ResourceRecord resource) {
        resources.put(resource.arn(), resource);
    }

    void addJob(JobRecord job) {
        jobs.put(job.id, job);
    }

    /** Makes the recovery points of jobs that completed by {@code now}, parents before their children. */
    void settle(Instant now) {
        List<JobRecord> due = jobs.values().stream()
                .filter(job -> job.needsRecoveryPoint(now))
                .sorted(Comparator.comparing((JobRecord job) -> job.parentJobId != null))
                .toList();
        for (JobRecord job : due) {
            String parentArn = job.parentJobId == null
                    ? null
                    : Optional.ofNullable(jobs.get(job.parentJobId))
                            .map(parent -> parent.recoveryPointArn)
                            .orElse(null);
            JobView view = job.view(now);
            recoveryPoints.add(new RecoveryPointRecord(
                    job.recoveryPointArn,
                    job.vault.name(),
                    job.resource.arn(),
                    job.resource.type(),
                    job.resource.name(),
                    job.iamRoleArn,
                    view.state(),
                    view.message(),
                    job.creationDate,
                    view.completionDate(),
                    job.resource.sizeBytes(),
                    job.lifecycle,
                    job.createdBy,
                    job.tags,
                    job.isParent,
                    parentArn));
            job.recoveryPointMade();
        }
    }

    Optional<JobRecord> activeJobFor(String resourceArn, Instant now) {
        return jobs.values().stream()
                .filter(job ->
                        job.resource.arn().equals(resourceArn) && job.view(now).active())
                .findFirst();
    }

    List<RecoveryPointRecord> recoveryPointsIn(String vaultName) {
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
            VaultRecord vault,
            ResourceRecord resource,
            Instant created,
            RecoveryPointLifecycle lifecycle,
            BackupPlanRef plan,
            String roleArn) {
        recoveryPoints.add(new RecoveryPointRecord(
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
