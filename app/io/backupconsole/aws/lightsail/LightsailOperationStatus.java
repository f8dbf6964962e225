package io.backupconsole.aws.lightsail;

import java.time.Instant;

/**
 * A Lightsail operation in the app's terms. {@code status} is the raw wire value (NotStarted, Started, Failed,
 * Completed, Succeeded, or a value newer than the SDK).
 *
 * @param id              the operation's GUID
 * @param operationType   e.g. CreateRelationalDatabaseSnapshot
 * @param resourceName    the resource it concerns (for snapshot operations: the snapshot name)
 * @param details         Lightsail's operationDetails (for snapshot operations: the database name)
 * @param status          the raw status value
 * @param terminal        true once the operation will not change any more
 * @param createdAt       when it was requested
 * @param statusChangedAt when the status last changed
 * @param errorCode       for failed operations, Lightsail's error code, else empty
 * @param errorDetails    for failed operations, Lightsail's explanation, else empty
 */
public record LightsailOperationStatus(
        String id,
        String operationType,
        String resourceName,
        String details,
        String status,
        boolean terminal,
        Instant createdAt,
        Instant statusChangedAt,
        String errorCode,
        String errorDetails) {

    public LightsailOperationStatus {
        details = details == null ? "" : details;
        errorCode = errorCode == null ? "" : errorCode;
        errorDetails = errorDetails == null ? "" : errorDetails;
    }

    /** Finished well: Succeeded, or Completed (the model's other success value). */
    public boolean succeeded() {
        return terminal && ("Succeeded".equals(status) || "Completed".equals(status));
    }

    public boolean failed() {
        return "Failed".equals(status);
    }
}
