package io.backupconsole.sandbox.fsx;

import io.backupconsole.sandbox.JsonServiceSimulator;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.protocol.ServiceError;
import io.backupconsole.sandbox.support.RegionalState;

/**
 * Simulated Amazon FSx (AWS JSON 1.1): DescribeFileSystems, DescribeVolumes, CreateBackup, DescribeBackups and
 * DeleteBackup, with state per region (us-east-1 and eu-west-1 seeded differently, other regions empty). The
 * dispatcher calls every handler while holding this object's lock, so the state needs no further locking.
 */
public final class FsxSimulator extends JsonServiceSimulator {
    private final SimulationContext context;
    private final RegionalState<FsxRegion> regions;

    public FsxSimulator(SimulationContext context) {
        super("AWSSimbaAPIService_v20180301");
        this.context = context;
        this.regions = new RegionalState<>(region -> FsxSeed.forRegion(region, this.context.now()));
        FsxDescribeOperations describe = new FsxDescribeOperations(context, regions);
        FsxBackupOperations backups = new FsxBackupOperations(context, regions);
        on("DescribeFileSystems", describe::describeFileSystems, FsxSparseAnswers.DESCRIBE_FILE_SYSTEMS);
        on("DescribeVolumes", describe::describeVolumes, FsxSparseAnswers.DESCRIBE_VOLUMES);
        on("DescribeBackups", describe::describeBackups, FsxSparseAnswers.DESCRIBE_BACKUPS);
        on("CreateBackup", backups::createBackup, FsxSparseAnswers.CREATE_BACKUP);
        on("DeleteBackup", backups::deleteBackup, FsxSparseAnswers.DELETE_BACKUP);
    }

    @Override
    public String statsPrefix() {
        return "fsx";
    }

    @Override
    public String errorMessageMember() {
        return "Message";
    }

    @Override
    public ServiceError serverError() {
        return new ServiceError(500, "InternalServerError", "A generic error indicating a server-side failure.");
    }

    @Override
    public void reset() {
        regions.reset();
    }
}
