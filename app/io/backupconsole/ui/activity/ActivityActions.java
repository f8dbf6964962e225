package io.backupconsole.ui.activity;

import io.backupconsole.aws.ServiceModule;
import io.backupconsole.aws.ServiceRegistry;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.awsbackup.BackupJobRequest;
import io.backupconsole.tracking.TrackedJob;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** Whether Stop and Retry apply to a job, with the reason a user reads when not, and the retry's request. Pure. */
final class ActivityActions {
    static final Eligibility NOTHING_SELECTED = Eligibility.refused("Select a backup in the table first.");

    private ActivityActions() {}

    /**
     * Stop applies to a started job of a service that can stop one (its module's cancelling), as it allows, while
     * the job's connection can be reached: the stop is a call to the service.
     */
    static Eligibility stop(ServiceRegistry services, ActivityRow.Values row) {
        TrackedJob job = row.job();
        if (job.isFinished()) {
            return Eligibility.refused("This backup has already ended.");
        }
        if (row.unreachable()) {
            return Eligibility.refused(job.service().displayName() + " cannot be reached now, so it cannot be asked"
                    + " to stop the backup; try again once it answers.");
        }
        if (job.serviceJobId() == null) {
            return Eligibility.refused(job.service().displayName() + " has not answered the request yet.");
        }
        ServiceModule<?> module = services.module(job.service());
        return module.cancelling()
                .map(cancelling ->
                        cancelling.eligibility(job.request(), job.progress().stateText()))
                .orElseGet(() -> Eligibility.refused(job.service().displayName() + " cannot cancel a "
                        + module.nouns().backup() + " once it has started."));
    }

    static Eligibility retry(TrackedJob job) {
        return switch (job.progress().outcome()) {
            case FAILED, ABORTED, EXPIRED -> Eligibility.ALLOWED;
            case SUBMITTING, RUNNING -> Eligibility.refused("This backup is still running.");
            case SUCCEEDED, COMPLETED_WITH_ISSUES ->
                Eligibility.refused("This backup ended: there is nothing to retry.");
        };
    }

    /**
     * The same request with a fresh token (the old one would return the old job), named as the service's module
     * names a retry (a Lightsail snapshot name is taken by the failed attempt's snapshot).
     *
     * @param tracked every tracked job, to find the names already used
     */
    static BackupRequest retryRequest(ServiceRegistry services, TrackedJob job, Collection<TrackedJob> tracked) {
        BackupRequest old = job.request();
        String token = BackupRequest.newToken();
        Set<String> used = tracked.stream()
                .filter(j -> j.service().equals(old.service()))
                .map(j -> j.request().name())
                .collect(Collectors.toSet());
        String name = services.module(old.service()).retryName(old.name(), used);
        BackupJobRequest awsBackup = old.awsBackup() == null ? null : withToken(old.awsBackup(), token);
        return new BackupRequest(
                old.service(),
                old.resourceId(),
                old.resourceName(),
                name,
                old.description(),
                old.tags(),
                awsBackup,
                token);
    }

    private static BackupJobRequest withToken(BackupJobRequest r, String token) {
        return new BackupJobRequest(
                r.backupVaultName(),
                r.resourceArn(),
                r.iamRoleArn(),
                r.startWindowMinutes(),
                r.completeWindowMinutes(),
                r.lifecycle(),
                r.recoveryPointTags(),
                r.backupOptions(),
                token);
    }
}
