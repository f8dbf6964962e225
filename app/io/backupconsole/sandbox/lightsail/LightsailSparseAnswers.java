package io.backupconsole.sandbox.lightsail;

import io.backupconsole.sandbox.protocol.SparseShape;

/**
 * What Lightsail answers keep under {@code sparseResponses}, from the Lightsail 2016-11-28 model, which marks no
 * output member required: databases and snapshots keep their {@code name}, operations their {@code id}, the
 * answers their items and page token.
 */
final class LightsailSparseAnswers {
    private static final SparseShape DATABASE = SparseShape.keep("name");
    private static final SparseShape SNAPSHOT = SparseShape.keep("name");
    private static final SparseShape OPERATION = SparseShape.keep("id");

    static final SparseShape GET_DATABASES = SparseShape.keep("nextPageToken").with("relationalDatabases", DATABASE);
    static final SparseShape GET_DATABASE = SparseShape.NOTHING.with("relationalDatabase", DATABASE);
    static final SparseShape GET_SNAPSHOTS =
            SparseShape.keep("nextPageToken").with("relationalDatabaseSnapshots", SNAPSHOT);
    static final SparseShape GET_SNAPSHOT = SparseShape.NOTHING.with("relationalDatabaseSnapshot", SNAPSHOT);
    static final SparseShape OPERATIONS = SparseShape.keep("nextPageToken").with("operations", OPERATION);
    static final SparseShape GET_OPERATION = SparseShape.NOTHING.with("operation", OPERATION);

    private LightsailSparseAnswers() {}
}
