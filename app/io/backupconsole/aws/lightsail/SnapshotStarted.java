package io.backupconsole.aws.lightsail;

import io.backupconsole.domain.BackupSummary;

/**
 * The answer to a snapshot request: the new snapshot as it will be listed (state {@code pending}) and the id of the
 * CreateRelationalDatabaseSnapshot operation to poll with {@link LightsailAdapter#getOperation(String)}.
 */
public record SnapshotStarted(BackupSummary snapshot, String operationId) {}
