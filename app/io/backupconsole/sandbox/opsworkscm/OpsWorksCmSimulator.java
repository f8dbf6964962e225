package io.backupconsole.sandbox.opsworkscm;

import io.backupconsole.sandbox.RegionalJsonSimulator;
import io.backupconsole.sandbox.ServiceConventions;
import io.backupconsole.sandbox.SimulationContext;

/**
 * Simulated OpsWorks CM (AWS JSON 1.1, target prefix {@code OpsWorksCM_V2016_11_01}): DescribeServers,
 * CreateBackup, DescribeBackups and DeleteBackup over per-region seeded servers. The dispatcher calls every
 * handler while holding this object's lock, so the state needs no further locking.
 */
public final class OpsWorksCmSimulator extends RegionalJsonSimulator<OpsWorksCmRegion> {
    private static final ServiceConventions CONVENTIONS = new ServiceConventions(
            "opsworkscm",
            "Message",
            500,
            "InternalFailure",
            "The request processing has failed because of an unknown error.");

    public OpsWorksCmSimulator(SimulationContext context) {
        super("OpsWorksCM_V2016_11_01", CONVENTIONS, region -> OpsWorksCmSeed.forRegion(region, context.now()));
        OpsWorksCmServerOperations servers = new OpsWorksCmServerOperations(context);
        OpsWorksCmBackupOperations backups = new OpsWorksCmBackupOperations(context);
        on("DescribeServers", inRegion(servers::describeServers), OpsWorksCmSparseAnswers.DESCRIBE_SERVERS);
        on("CreateBackup", inRegion(backups::createBackup), OpsWorksCmSparseAnswers.CREATE_BACKUP);
        on("DescribeBackups", inRegion(backups::describeBackups), OpsWorksCmSparseAnswers.DESCRIBE_BACKUPS);
        on("DeleteBackup", inRegion(backups::deleteBackup), OpsWorksCmSparseAnswers.DELETE_BACKUP);
    }
}
