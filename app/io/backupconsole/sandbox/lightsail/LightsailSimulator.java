package io.backupconsole.sandbox.lightsail;

import io.backupconsole.sandbox.JsonServiceSimulator;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.protocol.ServiceError;
import io.backupconsole.sandbox.support.RegionalState;

/**
 * Simulated Amazon Lightsail relational database snapshots (AWS JSON 1.1, target prefix {@code Lightsail_20161128}).
 * The dispatcher calls every handler while holding this object's lock, so the per-region state needs no other
 * locking. Snapshot and operation progress is derived from the simulated clock on every read.
 */
public final class LightsailSimulator extends JsonServiceSimulator {
    private final SimulationContext context;
    private final RegionalState<LightsailRegion> regions;

    public LightsailSimulator(SimulationContext context) {
        super("Lightsail_20161128");
        this.context = context;
        this.regions = new RegionalState<>(region -> LightsailSeed.seed(this.context, region));
        LightsailDatabaseOperations databases = new LightsailDatabaseOperations(context, regions::in);
        LightsailSnapshotOperations snapshots = new LightsailSnapshotOperations(context, regions::in);
        LightsailStatusOperations operations = new LightsailStatusOperations(context, regions::in);
        on("GetRelationalDatabases", databases::list, LightsailSparseAnswers.GET_DATABASES);
        on("GetRelationalDatabase", databases::get, LightsailSparseAnswers.GET_DATABASE);
        on("CreateRelationalDatabaseSnapshot", snapshots::create, LightsailSparseAnswers.OPERATIONS);
        on("GetRelationalDatabaseSnapshots", snapshots::list, LightsailSparseAnswers.GET_SNAPSHOTS);
        on("GetRelationalDatabaseSnapshot", snapshots::get, LightsailSparseAnswers.GET_SNAPSHOT);
        on("DeleteRelationalDatabaseSnapshot", snapshots::delete, LightsailSparseAnswers.OPERATIONS);
        on("GetOperation", operations::get, LightsailSparseAnswers.GET_OPERATION);
        on("GetOperations", operations::list, LightsailSparseAnswers.OPERATIONS);
    }

    @Override
    public String statsPrefix() {
        return "lightsail";
    }

    @Override
    public String errorMessageMember() {
        return "message";
    }

    @Override
    public ServiceError serverError() {
        return new ServiceError(500, "ServiceException", "A general service exception.");
    }

    @Override
    public void reset() {
        regions.reset();
    }
}
