package io.backupconsole.sandbox.fsx;

import io.backupconsole.sandbox.RegionalJsonSimulator;
import io.backupconsole.sandbox.ServiceConventions;
import io.backupconsole.sandbox.SimulationContext;

/**
 * Simulated Amazon FSx (AWS JSON 1.1): DescribeFileSystems, DescribeVolumes, CreateBackup, DescribeBackups and
 * DeleteBackup, with state per region (us-east-1 and eu-west-1 seeded differently, other regions empty).
 */
public final class FsxSimulator extends RegionalJsonSimulator<FsxRegion> {
    private static final ServiceConventions CONVENTIONS = new ServiceConventions(
            "fsx", "Message", 500, "InternalServerError", "A generic error indicating a server-side failure.");

    public FsxSimulator(SimulationContext context) {
        super("AWSSimbaAPIService_v20180301", CONVENTIONS, region -> FsxSeed.forRegion(region, context.now()));
        FsxDescribeOperations describe = new FsxDescribeOperations(context);
        FsxBackupOperations backups = new FsxBackupOperations(context);
        on("DescribeFileSystems", inRegion(describe::describeFileSystems), FsxSparseAnswers.DESCRIBE_FILE_SYSTEMS);
        on("DescribeVolumes", inRegion(describe::describeVolumes), FsxSparseAnswers.DESCRIBE_VOLUMES);
        on("DescribeBackups", inRegion(describe::describeBackups), FsxSparseAnswers.DESCRIBE_BACKUPS);
        on("CreateBackup", inRegion(backups::createBackup), FsxSparseAnswers.CREATE_BACKUP);
        on("DeleteBackup", inRegion(backups::deleteBackup), FsxSparseAnswers.DELETE_BACKUP);
    }
}
