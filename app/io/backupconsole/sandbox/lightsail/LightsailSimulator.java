package io.backupconsole.sandbox.lightsail;

import io.backupconsole.sandbox.RegionalJsonSimulator;
import io.backupconsole.sandbox.ServiceConventions;
import io.backupconsole.sandbox.SimulationContext;

/**
 * Simulated Amazon Lightsail relational database snapshots (AWS JSON 1.1, target prefix {@code Lightsail_20161128}).
 * The dispatcher calls every handler while holding this object's lock, so the per-region state needs no other
 * locking. Snapshot and operation progress is derived from the simulated clock on every read.
 */
public final class LightsailSimulator extends RegionalJsonSimulator<LightsailRegion> {
    private static final ServiceConventions CONVENTIONS =
            new ServiceConventions("lightsail", "message", 500, "ServiceException", "A general service exception.");

    public LightsailSimulator(SimulationContext context) {
        super("Lightsail_20161128", CONVENTIONS, region -> LightsailSeed.seed(context, region));
        LightsailDatabaseOperations databases = new LightsailDatabaseOperations(context);
        LightsailSnapshotOperations snapshots = new LightsailSnapshotOperations(context);
        LightsailStatusOperations operations = new LightsailStatusOperations(context);
        on("GetRelationalDatabases", inRegion(databases::list), LightsailSparseAnswers.GET_DATABASES);
        on("GetRelationalDatabase", inRegion(databases::get), LightsailSparseAnswers.GET_DATABASE);
        on("CreateRelationalDatabaseSnapshot", inRegion(snapshots::create), LightsailSparseAnswers.OPERATIONS);
        on("GetRelationalDatabaseSnapshots", inRegion(snapshots::list), LightsailSparseAnswers.GET_SNAPSHOTS);
        on("GetRelationalDatabaseSnapshot", inRegion(snapshots::get), LightsailSparseAnswers.GET_SNAPSHOT);
        on("DeleteRelationalDatabaseSnapshot", inRegion(snapshots::delete), LightsailSparseAnswers.OPERATIONS);
        on("GetOperation", inRegion(operations::get), LightsailSparseAnswers.GET_OPERATION);
        on("GetOperations", inRegion(operations::list), LightsailSparseAnswers.OPERATIONS);
    }
}
