package io.backupconsole.tracking;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.JobProgress;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A backup the app started and watches to its end. Plain data, journalled with Jackson; replaced (never mutated)
 * on every change.
 *
 * @param id          the app's own id for the job (stable across restarts)
 * @param service     which service
 * @param connection  the connection key it was started on ("sandbox" or a profile name)
 * @param region      the region
 * @param resourceId  what was backed up (server name, fs-/fsvol- id, resource ARN, database name)
 * @param resourceName a human name for it
 * @param serviceJobId the service's id for the backup once known (OpsWorks CM BackupId, FSx BackupId, AWS Backup
 *                    BackupJobId, Lightsail operation id), null while submitting
 * @param request     what the user asked for, with its idempotency token: to retry it with the same parameters,
 *                    and to find what a lost request made
 * @param startedAt   when the user started it
 * @param progress    the last progress seen
 */
public record TrackedJob(
        String id,
        AwsService service,
        String connection,
        String region,
        String resourceId,
        String resourceName,
        String serviceJobId,
        BackupRequest request,
        Instant startedAt,
        JobProgress progress) {

    public TrackedJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(request, "request");
    }

    /** A job about to be submitted: recorded before the create call so a crash cannot lose it. */
    public static TrackedJob submitting(String connection, String region, BackupRequest request, Instant now) {
        return new TrackedJob(
                UUID.randomUUID().toString(),
                request.service(),
                connection,
                region,
                request.resourceId(),
                request.resourceName(),
                null,
                request,
                now,
                new JobProgress(JobOutcome.SUBMITTING, "", null, null, "", now));
    }

    public TrackedJob withServiceJobId(String newServiceJobId) {
        return new TrackedJob(
                id,
                service,
                connection,
                region,
                resourceId,
                resourceName,
                newServiceJobId,
                request,
                startedAt,
                progress);
    }

    public TrackedJob withProgress(JobProgress newProgress) {
        return new TrackedJob(
                id,
                service,
                connection,
                region,
                resourceId,
                resourceName,
                serviceJobId,
                request,
                startedAt,
                newProgress);
    }

    public boolean isFinished() {
        return progress.outcome().isFinal();
    }
}
