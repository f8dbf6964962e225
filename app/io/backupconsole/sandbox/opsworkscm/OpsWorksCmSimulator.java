package io.backupconsole.sandbox.opsworkscm;

import io.backupconsole.sandbox.JsonServiceSimulator;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.protocol.ServiceError;
import io.backupconsole.sandbox.support.RegionalState;

/**
 * Simulated OpsWorks CM (AWS JSON 1.1, target prefix {@code OpsWorksCM_V2016_11_01}): DescribeServers,
 * CreateBackup, DescribeBackups and DeleteBackup over per-region seeded servers. The dispatcher calls every
 * handler while holding this object's lock, so the state needs no further locking.
 */
public final class OpsWorksCmSimulator extends JsonServiceSimulator {
    private final RegionalState<OpsWorksCmRegion> regions;

    public OpsWorksCmSimulator(SimulationContext context) {
        super("OpsWorksCM_V2016_11_01");
        this.regions = new RegionalState<>(region -> OpsWorksCmSeed.forRegion(region, context.now()));
        OpsWorksCmServerOperations servers = new OpsWorksCmServerOperations(context, regions);
        OpsWorksCmBackupOperations backups = new OpsWorksCmBackupOperations(context, regions);
        on("DescribeServers", servers::describeServers, OpsWorksCmSparseAnswers.DESCRIBE_SERVERS);
        on("CreateBackup", backups::createBackup, OpsWorksCmSparseAnswers.CREATE_BACKUP);
        on("DescribeBackups", backups::describeBackups, OpsWorksCmSparseAnswers.DESCRIBE_BACKUPS);
        on("DeleteBackup", backups::deleteBackup, OpsWorksCmSparseAnswers.DELETE_BACKUP);
    }

    @Override
    public String statsPrefix() {
        return "opsworkscm";
    }

    @Override
    public String errorMessageMember() {
        return "Message";
    }

    @Override
    public ServiceError serverError() {
        return new ServiceError(
                500, "InternalFailure", "The request processing has failed because of an unknown error.");
    }

    @Override
    public void reset() {
        regions.reset();
    }
}
