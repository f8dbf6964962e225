package io.backupconsole.sandbox.awsbackup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.domain.rules.AwsBackupRules;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.protocol.SandboxRequest;
import io.backupconsole.sandbox.support.Json;
import io.backupconsole.sandbox.support.Pages;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The read-only catalogue operations: vaults, protected resources, region settings and recovery points. Called
 * under the simulator's lock with a settled region.
 */
final class AwsBackupCatalogOperations {
    private static final List<String> VAULT_TYPES =
            List.of(AwsBackupVault.STANDARD, AwsBackupVault.AIR_GAPPED, "RESTORE_ACCESS_BACKUP_VAULT");

    private AwsBackupCatalogOperations() {}

    static JsonNode listBackupVaults(AwsBackupRegion state, SandboxRequest request) {
        AwsBackupQuery query = new AwsBackupQuery(request);
        Optional<String> type = query.oneOf("vaultType", "ByVaultType", VAULT_TYPES);
        // Every sandbox vault belongs to the sandbox account: none is shared through RAM.
        boolean sharedOnly = query.bool("shared", "ByShared").orElse(false);
        List<AwsBackupVault> vaults = state.vaults.values().stream()
                .filter(v -> type.map(t -> t.equals(v.vaultType())).orElse(true))
                .filter(v -> !sharedOnly)
                .toList();
        Pages.Page<AwsBackupVault> page = query.page(vaults);
        ArrayNode list = Json.array();
        page.items()
                .forEach(v -> list.add(
                        AwsBackupJson.vault(v, state.recoveryPointsIn(v.name()).size())));
        return withToken(Json.object().set("BackupVaultList", list), page);
    }

    static JsonNode listProtectedResources(AwsBackupRegion state, SandboxRequest request) {
        return protectedResources(state, new AwsBackupQuery(request), rp -> true);
    }

    static JsonNode listProtectedResourcesByBackupVault(AwsBackupRegion state, SandboxRequest request) {
        String vaultName = AwsBackupQuery.vaultNameLabel(request);
        AwsBackupQuery query = new AwsBackupQuery(request);
        requireOwnVaultAccount(query, vaultName);
        if (!state.vaults.containsKey(vaultName)) {
            throw AwsBackupQuery.vaultNotFound(vaultName);
        }
        return protectedResources(state, query, rp -> rp.vaultName().equals(vaultName));
    }

    /** "Resources successfully backed up by Backup": each resource with its newest recovery point. */
    private static JsonNode protectedResources(
            AwsBackupRegion state, AwsBackupQuery query, Predicate<AwsBackupRecoveryPoint> scope) {
        Map<String, AwsBackupRecoveryPoint> latest = state.recoveryPoints.stream()
                .filter(scope)
                .collect(Collectors.toMap(
                        AwsBackupRecoveryPoint::resourceArn,
                        Function.identity(),
                        (a, b) -> a.creationDate().isAfter(b.creationDate()) ? a : b));
        List<AwsBackupResource> resources = state.resources.values().stream()
                .filter(r -> latest.containsKey(r.arn()))
                .toList();
        Pages.Page<AwsBackupResource> page = query.page(resources);
        ArrayNode list = Json.array();
        for (AwsBackupResource resource : page.items()) {
            AwsBackupRecoveryPoint rp = latest.get(resource.arn());
            list.add(AwsBackupJson.protectedResource(resource, rp, state.vaults.get(rp.vaultName())));
        }
        return withToken(Json.object().set("Results", list), page);
    }

    static JsonNode getSupportedResourceTypes(AwsBackupRegion state) {
        ArrayNode types = Json.array();
        state.supportedTypes.forEach(types::add);
        return Json.object().set("ResourceTypes", types);
    }

    static JsonNode describeRegionSettings(AwsBackupRegion state) {
        ObjectNode optIn = Json.object();
        state.optIn.forEach(optIn::put);
        ObjectNode management = Json.object();
        management.put("DynamoDB", true);
        management.put("EFS", true);
        ObjectNode out = Json.object();
        out.set("ResourceTypeOptInPreference", optIn);
        out.set("ResourceTypeManagementPreference", management);
        return out;
    }

    static JsonNode listRecoveryPointsByBackupVault(AwsBackupRegion state, SandboxRequest request) {
        String vaultName = AwsBackupQuery.vaultNameLabel(request);
        AwsBackupQuery query = new AwsBackupQuery(request);
        requireOwnVaultAccount(query, vaultName);
        Optional<String> resourceArn = query.string("resourceArn");
        Optional<String> resourceType = query.resourceType("resourceType", "ByResourceType");
        Optional<String> planId = query.string("backupPlanId");
        Optional<Instant> before = query.timestamp("createdBefore", "ByCreatedBefore");
        Optional<Instant> after = query.timestamp("createdAfter", "ByCreatedAfter");
        Optional<String> parent = query.string("parentRecoveryPointArn");
        AwsBackupVault vault = state.vaults.get(vaultName);
        if (vault == null) {
            throw AwsBackupQuery.vaultNotFound(vaultName);
        }
        List<AwsBackupRecoveryPoint> points = newestFirst(state.recoveryPointsIn(vaultName).stream()
                .filter(rp -> resourceArn.map(rp.resourceArn()::equals).orElse(true))
                .filter(rp -> resourceType.map(rp.resourceType()::equals).orElse(true))
                .filter(rp -> planId.map(id -> rp.createdBy() != null
                                && rp.createdBy().planId().equals(id))
                        .orElse(true))
                .filter(rp -> before.map(rp.creationDate()::isBefore).orElse(true))
                .filter(rp -> after.map(rp.creationDate()::isAfter).orElse(true))
                .filter(rp ->
                        parent.map(p -> p.equals(rp.parentRecoveryPointArn())).orElse(true))
                .toList());
        Pages.Page<AwsBackupRecoveryPoint> page = query.page(points);
        ArrayNode list = Json.array();
        page.items().forEach(rp -> list.add(AwsBackupJson.recoveryPointInVault(rp, vault)));
        return withToken(Json.object().set("RecoveryPoints", list), page);
    }

    static JsonNode listRecoveryPointsByResource(AwsBackupRegion state, SandboxRequest request) {
        String resourceArn = request.pathParams().get("resourceArn");
        if (!AwsBackupRules.checkResourceArn(resourceArn).isEmpty()) {
            throw AwsBackupErrors.invalid(AwsBackupRules.checkResourceArn(resourceArn));
        }
        AwsBackupQuery query = new AwsBackupQuery(request);
        query.bool("managedByAWSBackupOnly", "ManagedByAWSBackupOnly");
        if (!state.resources.containsKey(resourceArn)) {
            throw AwsBackupErrors.notFound(
                    "Resource " + resourceArn + " is not known to AWS Backup in this region.", "ResourceArn");
        }
        List<AwsBackupRecoveryPoint> points = newestFirst(state.recoveryPoints.stream()
                .filter(rp -> rp.resourceArn().equals(resourceArn))
                .toList());
        Pages.Page<AwsBackupRecoveryPoint> page = query.page(points);
        ArrayNode list = Json.array();
        page.items()
                .forEach(rp -> list.add(AwsBackupJson.recoveryPointOfResource(rp, state.vaults.get(rp.vaultName()))));
        return withToken(Json.object().set("RecoveryPoints", list), page);
    }

    private static List<AwsBackupRecoveryPoint> newestFirst(List<AwsBackupRecoveryPoint> points) {
        return points.stream()
                .sorted(Comparator.comparing(AwsBackupRecoveryPoint::creationDate)
                        .reversed())
                .toList();
    }

    static ObjectNode withToken(JsonNode node, Pages.Page<?> page) {
        ObjectNode out = (ObjectNode) node;
        page.nextToken().ifPresent(token -> out.put("NextToken", token));
        return out;
    }

    /** The sandbox account; other account ids own nothing here. */
    static boolean isOwnAccount(String accountId) {
        return SimulationContext.ACCOUNT_ID.equals(accountId);
    }

    /** A vault of another account (BackupVaultAccountId) cannot exist in the sandbox. */
    private static void requireOwnVaultAccount(AwsBackupQuery query, String vaultName) {
        if (query.accountId("backupVaultAccountId", "BackupVaultAccountId")
                .filter(a -> !isOwnAccount(a))
                .isPresent()) {
            throw AwsBackupQuery.vaultNotFound(vaultName);
        }
    }
}
