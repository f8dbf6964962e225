package io.backupconsole.sandbox.backup;

import com.fasterxml.jackson.databind.JsonNode;
import io.backupconsole.sandbox.RestServiceSimulator;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.protocol.SandboxRequest;
import io.backupconsole.sandbox.protocol.ServiceError;
import io.backupconsole.sandbox.protocol.SparseShape;
import io.backupconsole.sandbox.support.RegionalState;
import java.time.Instant;
import java.util.function.BiFunction;

/**
 * Simulated AWS Backup (REST-JSON): vaults, protected resources, region settings, on-demand backup jobs and their
 * recovery points, backup plans and their selections (recorded, not run). Routes follow the model's {@code http.requestUri}. The dispatcher calls every handler while
 * holding this object's lock, so the regional state needs no further locking.
 */
public final class BackupSimulator extends RestServiceSimulator {
    private final SimulationContext context;
    private final RegionalState<BackupRegion> regions;
    private final StartBackupJobOperation startBackupJob;

    public BackupSimulator(SimulationContext context) {
        this.context = context;
        this.regions = new RegionalState<>(region -> BackupSeed.seed(region, context.now()));
        this.startBackupJob = new StartBackupJobOperation(context);

        route(
                "GET",
                "/backup-vaults/",
                "ListBackupVaults",
                inRegion(CatalogOperations::listBackupVaults),
                BackupSparseAnswers.LIST_VAULTS);
        route(
                "GET",
                "/resources/",
                "ListProtectedResources",
                inRegion(CatalogOperations::listProtectedResources),
                BackupSparseAnswers.LIST_PROTECTED_RESOURCES);
        route(
                "GET",
                "/backup-vaults/{backupVaultName}/resources/",
                "ListProtectedResourcesByBackupVault",
                inRegion(CatalogOperations::listProtectedResourcesByBackupVault),
                BackupSparseAnswers.LIST_PROTECTED_RESOURCES);
        route(
                "GET",
                "/supported-resource-types",
                "GetSupportedResourceTypes",
                inRegion((state, request) -> CatalogOperations.getSupportedResourceTypes(state)),
                BackupSparseAnswers.SUPPORTED_RESOURCE_TYPES);
        route(
                "GET",
                "/account-settings",
                "DescribeRegionSettings",
                inRegion((state, request) -> CatalogOperations.describeRegionSettings(state)),
                BackupSparseAnswers.REGION_SETTINGS);
        route(
                "GET",
                "/backup-vaults/{backupVaultName}/recovery-points/",
                "ListRecoveryPointsByBackupVault",
                inRegion(CatalogOperations::listRecoveryPointsByBackupVault),
                BackupSparseAnswers.RECOVERY_POINTS);
        route(
                "GET",
                "/resources/{resourceArn}/recovery-points/",
                "ListRecoveryPointsByResource",
                inRegion(CatalogOperations::listRecoveryPointsByResource),
                BackupSparseAnswers.RECOVERY_POINTS);
        route("PUT", "/backup-jobs", "StartBackupJob", inRegion(startBackupJob::start), BackupSparseAnswers.JOB);
        route(
                "GET",
                "/backup-jobs/{backupJobId}",
                "DescribeBackupJob",
                timed(JobOperations::describeBackupJob),
                BackupSparseAnswers.JOB);
        route(
                "GET",
                "/backup-jobs/",
                "ListBackupJobs",
                timed(JobOperations::listBackupJobs),
                BackupSparseAnswers.LIST_JOBS);
        route(
                "POST",
                "/backup-jobs/{backupJobId}",
                "StopBackupJob",
                timed(JobOperations::stopBackupJob),
                SparseShape.NOTHING);
        PlanOperations plans = new PlanOperations(context);
        route("PUT", "/backup/plans/", "CreateBackupPlan", inRegion(plans::createBackupPlan), BackupSparseAnswers.PLAN);
        route(
                "GET",
                "/backup/plans/",
                "ListBackupPlans",
                inRegion(plans::listBackupPlans),
                BackupSparseAnswers.LIST_PLANS);
        route(
                "GET",
                "/backup/plans/{backupPlanId}/",
                "GetBackupPlan",
                inRegion(plans::getBackupPlan),
                BackupSparseAnswers.PLAN);
        route(
                "PUT",
                "/backup/plans/{backupPlanId}/selections/",
                "CreateBackupSelection",
                inRegion(plans::createBackupSelection),
                BackupSparseAnswers.SELECTION);
        route(
                "GET",
                "/backup/plans/{backupPlanId}/selections/",
                "ListBackupSelections",
                inRegion(plans::listBackupSelections),
                BackupSparseAnswers.LIST_SELECTIONS);
        route(
                "GET",
                "/backup/plans/{backupPlanId}/selections/{selectionId}",
                "GetBackupSelection",
                inRegion(plans::getBackupSelection),
                BackupSparseAnswers.SELECTION);
    }

    /** An operation that needs the settled state of the request's region. */
    private Handler inRegion(BiFunction<BackupRegion, SandboxRequest, JsonNode> operation) {
        return request -> operation.apply(settled(request), request);
    }

    private interface TimedOperation {
        JsonNode apply(BackupRegion state, SandboxRequest request, Instant now);
    }

    /** An operation that also needs the moment it answers for. */
    private Handler timed(TimedOperation operation) {
        return request -> operation.apply(settled(request), request, context.now());
    }

    private BackupRegion settled(SandboxRequest request) {
        BackupRegion state = regions.in(request.region());
        state.settle(context.now());
        return state;
    }

    @Override
    public String statsPrefix() {
        return "backup";
    }

    @Override
    public String errorMessageMember() {
        return "Message";
    }

    @Override
    public ServiceError serverError() {
        return new ServiceError(
                503, "ServiceUnavailableException", "The request failed due to a temporary failure of the server.");
    }

    @Override
    public void reset() {
        regions.reset();
    }
}
