package io.backupconsole.tracking;

import io.backupconsole.domain.AwsService;
import java.time.Instant;
import java.util.Map;
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
 * @param request     the parameters it was created with (to retry it, and to find what a lost request made):
 *                    e.g. name, description, tags, vault, role, and the idempotency token
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
        Map<String, String> request,
        Instant startedAt,
        JobProgress progress) {

    public TrackedJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(progress, "progress");
        request = request == null ? Map.of() : Map.copyOf(request);
    }

    /** A job about to be submitted: recorded before the create call so a crash cannot lose it. */
    public static TrackedJob submitting(AwsService service, String connection, String region, String resourceId,
                                       String resourceName, Map<String, String> request, Instant now) {
        return new TrackedJob(UUID.randomUUID().toString(), service, connection, region, resourceId, resourceName, null,
                request, now, new JobProgress(JobOutcome.SUBMITTING, "", null, null, "", now));
    }

    public TrackedJob withServiceJobId(String newServiceJobId) {
        return new TrackedJob(id, service, connection, region, resourceId, resourceName, newServiceJobId, request,
                startedAt, progress);
    }

    public TrackedJob withProgress(JobProgress newProgress) {
        return new TrackedJob(id, service, connection, region, resourceId, resourceName, serviceJobId, request,
                startedAt, newProgress);
    }

    public boolean isFinished() {
        return progress.outcome().isFinal();
    }
}
