package io.backupconsole.sandbox.awsbackup;

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
public final class AwsBackupSimulator extends RestServiceSimulator {
    private final SimulationContext context;
    private final RegionalState<AwsBackupRegion> regions;
    private final AwsBackupStartJobOperation startBackupJob;

    public AwsBackupSimulator(SimulationContext context) {
        this.context = context;
        this.regions = new RegionalState<>(region -> AwsBackupSeed.seed(region, context.now()));
        this.startBackupJob = new AwsBackupStartJobOperation(context);

        route(
                "GET",
                "/backup-vaults/",
                "ListBackupVaults",
                inRegion(AwsBackupCatalogOperations::listBackupVaults),
                AwsBackupSparseAnswers.LIST_VAULTS);
        route(
                "GET",
                "/resources/",
                "ListProtectedResources",
                inRegion(AwsBackupCatalogOperations::listProtectedResources),
                AwsBackupSparseAnswers.LIST_PROTECTED_RESOURCES);
        route(
                "GET",
                "/backup-vaults/{backupVaultName}/resources/",
                "ListProtectedResourcesByBackupVault",
                inRegion(AwsBackupCatalogOperations::listProtectedResourcesByBackupVault),
                AwsBackupSparseAnswers.LIST_PROTECTED_RESOURCES);
        route(
                "GET",
                "/supported-resource-types",
                "GetSupportedResourceTypes",
                inRegion((state, request) -> AwsBackupCatalogOperations.getSupportedResourceTypes(state)),
                AwsBackupSparseAnswers.SUPPORTED_RESOURCE_TYPES);
        route(
                "GET",
                "/account-settings",
                "DescribeRegionSettings",
                inRegion((state, request) -> AwsBackupCatalogOperations.describeRegionSettings(state)),
                AwsBackupSparseAnswers.REGION_SETTINGS);
        route(
                "GET",
                "/backup-vaults/{backupVaultName}/recovery-points/",
                "ListRecoveryPointsByBackupVault",
                inRegion(AwsBackupCatalogOperations::listRecoveryPointsByBackupVault),
                AwsBackupSparseAnswers.RECOVERY_POINTS);
        route(
                "GET",
                "/resources/{resourceArn}/recovery-points/",
                "ListRecoveryPointsByResource",
                inRegion(AwsBackupCatalogOperations::listRecoveryPointsByResource),
                AwsBackupSparseAnswers.RECOVERY_POINTS);
        route("PUT", "/backup-jobs", "StartBackupJob", inRegion(startBackupJob::start), AwsBackupSparseAnswers.JOB);
        route(
                "GET",
                "/backup-jobs/{backupJobId}",
                "DescribeBackupJob",
                timed(AwsBackupJobOperations::describeBackupJob),
                AwsBackupSparseAnswers.JOB);
        route(
                "GET",
                "/backup-jobs/",
                "ListBackupJobs",
                timed(AwsBackupJobOperations::listBackupJobs),
                AwsBackupSparseAnswers.LIST_JOBS);
        route(
                "POST",
                "/backup-jobs/{backupJobId}",
                "StopBackupJob",
                timed(AwsBackupJobOperations::stopBackupJob),
                SparseShape.NOTHING);
        AwsBackupPlanOperations plans = new AwsBackupPlanOperations(context);
        route(
                "PUT",
                "/backup/plans/",
                "CreateBackupPlan",
                inRegion(plans::createBackupPlan),
                AwsBackupSparseAnswers.PLAN);
        route(
                "GET",
                "/backup/plans/",
                "ListBackupPlans",
                inRegion(plans::listBackupPlans),
                AwsBackupSparseAnswers.LIST_PLANS);
        route(
                "GET",
                "/backup/plans/{backupPlanId}/",
                "GetBackupPlan",
                inRegion(plans::getBackupPlan),
                AwsBackupSparseAnswers.PLAN);
        route(
                "PUT",
                "/backup/plans/{backupPlanId}/selections/",
                "CreateBackupSelection",
                inRegion(plans::createBackupSelection),
                AwsBackupSparseAnswers.SELECTION);
        route(
                "GET",
                "/backup/plans/{backupPlanId}/selections/",
                "ListBackupSelections",
                inRegion(plans::listBackupSelections),
                AwsBackupSparseAnswers.LIST_SELECTIONS);
        route(
                "GET",
                "/backup/plans/{backupPlanId}/selections/{selectionId}",
                "GetBackupSelection",
                inRegion(plans::getBackupSelection),
                AwsBackupSparseAnswers.SELECTION);
    }

    /** An operation that needs the settled state of the request's region. */
    private Handler inRegion(BiFunction<AwsBackupRegion, SandboxRequest, JsonNode> operation) {
        return request -> operation.apply(settled(request), request);
    }

    private interface TimedOperation {
        JsonNode apply(AwsBackupRegion state, SandboxRequest request, Instant now);
    }

    /** An operation that also needs the moment it answers for. */
    private Handler timed(TimedOperation operation) {
        return request -> operation.apply(settled(request), request, context.now());
    }

    private AwsBackupRegion settled(SandboxRequest request) {
        AwsBackupRegion state = regions.in(request.region());
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
