package io.backupconsole.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A backup, snapshot or recovery point of a resource, as listed in its details pane.
 *
 * @param service         service that holds it
 * @param id              its id (OpsWorks CM BackupId, FSx backup-…, recovery point ARN, Lightsail snapshot name)
 * @param resourceId      the resource it was made from
 * @param name            a human name (FSx Name tag, snapshot name), or the id
 * @param origin          manual, automated or AWS Backup
 * @param status          the service's own status text (IN_PROGRESS, AVAILABLE, COMPLETED, available, …)
 * @param createdAt       when it was started, or null
 * @param sizeBytes       size in bytes, or null when the service does not say
 * @param percentDone     progress 0–100 while running, or null when the service gives none
 * @param message         the service's status or failure message, or empty
 */
public record BackupSummary(
        AwsService service,
        String id,
        String resourceId,
        String name,
        BackupOrigin origin,
        String status,
        Instant createdAt,
        Long sizeBytes,
        Integer percentDone,
        String message) {

    public BackupSummary {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        name = name == null || name.isBlank() ? id : name;
        status = status == null ? "" : status;
        message = message == null ? "" : message;
    }
}
