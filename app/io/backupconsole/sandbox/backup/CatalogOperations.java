package io.backupconsole.sandbox.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.domain.rules.BackupRules;
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
final class CatalogOperations {
    private static final List<String> VAULT_TYPES =
            List.of(VaultRecord.STANDARD, VaultRecord.AIR_GAPPED, "RESTORE_ACCESS_BACKUP_VAULT");

    private CatalogOperations() {}

    static JsonNode listBackupVaults(BackupRegion state, SandboxRequest request) {
        BackupQuery query = new BackupQuery(request);
        Optional<String> type = query.oneOf("vaultType", "ByVaultType", VAULT_TYPES);
        // Every sandbox vault belongs to the sandbox account: none is shared through RAM.
        boolean sharedOnly = query.bool("shared", "ByShared").orElse(false);
        List<VaultRecord> vaults = state.vaults.values().stream()
                .filter(v -> type.map(t -> t.equals(v.vaultType())).orElse(true))
                .filter(v -> !sharedOnly)
                .toList();
        Pages.Page<VaultRecord> page = query.page(vaults);
        ArrayNode list = Json.array();
        page.items()
                .forEach(v -> list.add(
                        BackupJson.vault(v, state.recoveryPointsIn(v.name()).size())));
        return withToken(Json.object().set("BackupVaultList", list), page);
    }

    static JsonNode listProtectedResources(BackupRegion state, SandboxRequest request) {
        return protectedResources(state, new BackupQuery(request), rp -> true);
    }

    static JsonNode listProtectedResourcesByBackupVault(BackupRegion state, SandboxRequest request) {
        String vaultName = BackupQuery.vaultNameLabel(request);
        BackupQuery query = new BackupQuery(request);
        requireOwnVaultAccount(query, vaultName);
        if (!state.vaults.containsKey(vaultName)) {
            throw BackupQuery.vaultNotFound(vaultName);
        }
        return protectedResources(state, query, rp -> rp.vaultName().equals(vaultName));
    }

    /** "Resources successfully backed up by Backup": each resource with its newest recovery point. */
    private static JsonNode protectedResources(
            BackupRegion state, BackupQuery query, Predicate<RecoveryPointRecord> scope) {
        Map<String, RecoveryPointRecord> latest = state.recoveryPoints.stream()
                .filter(scope)
                .collect(Collectors.toMap(
                        RecoveryPointRecord::resourceArn,
                        Function.identity(),
                        (a, b) -> a.creationDate().isAfter(b.creationDate()) ? a : b));
        List<ResourceRecord> resources = state.resources.values().stream()
                .filter(r -> latest.containsKey(r.arn()))
                .toList();
        Pages.Page<ResourceRecord> page = query.page(resources);
        ArrayNode list = Json.array();
        for (ResourceRecord resource : page.items()) {
            RecoveryPointRecord rp = latest.get(resource.arn());
            list.add(BackupJson.protectedResource(resource, rp, state.vaults.get(rp.vaultName())));
        }
        return withToken(Json.object().set("Results", list), page);
    }

    static JsonNode getSupportedResourceTypes(BackupRegion state) {
        ArrayNode types = Json.array();
        state.supportedTypes.forEach(types::add);
        return Json.object().set("ResourceTypes", types);
    }

    static JsonNode describeRegionSettings(BackupRegion state) {
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

    static JsonNode listRecoveryPointsByBackupVault(BackupRegion state, SandboxRequest request) {
        String vaultName = BackupQuery.vaultNameLabel(request);
        BackupQuery query = new BackupQuery(request);
        requireOwnVaultAccount(query, vaultName);
        Optional<String> resourceArn = query.string("resourceArn");
        Optional<String> resourceType = query.resourceType("resourceType", "ByResourceType");
        Optional<String> planId = query.string("backupPlanId");
        Optional<Instant> before = query.timestamp("createdBefore", "ByCreatedBefore");
        Optional<Instant> after = query.timestamp("createdAfter", "ByCreatedAfter");
        Optional<String> parent = query.string("parentRecoveryPointArn");
        VaultRecord vault = state.vaults.get(vaultName);
        if (vault == null) {
            throw BackupQuery.vaultNotFound(vaultName);
        }
        List<RecoveryPointRecord> points = newestFirst(state.recoveryPointsIn(vaultName).stream()
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
        Pages.Page<RecoveryPointRecord> page = query.page(points);
        ArrayNode list = Json.array();
        page.items().forEach(rp -> list.add(BackupJson.recoveryPointInVault(rp, vault)));
        return withToken(Json.object().set("RecoveryPoints", list), page);
    }

    static JsonNode listRecoveryPointsByResource(BackupRegion state, SandboxRequest request) {
        String resourceArn = request.pathParams().get("resourceArn");
        if (!BackupRules.checkResourceArn(resourceArn).isEmpty()) {
            throw BackupErrors.invalid(BackupRules.checkResourceArn(resourceArn));
        }
        BackupQuery query = new BackupQuery(request);
        query.bool("managedByAWSBackupOnly", "ManagedByAWSBackupOnly");
        if (!state.resources.containsKey(resourceArn)) {
            throw BackupErrors.notFound(
                    "Resource " + resourceArn + " is not known to AWS Backup in this region.", "ResourceArn");
        }
        List<RecoveryPointRecord> points = newestFirst(state.recoveryPoints.stream()
                .filter(rp -> rp.resourceArn().equals(resourceArn))
                .toList());
        Pages.Page<RecoveryPointRecord> page = query.page(points);
        ArrayNode list = Json.array();
        page.items().forEach(rp -> list.add(BackupJson.recoveryPointOfResource(rp, state.vaults.get(rp.vaultName()))));
        return withToken(Json.object().set("RecoveryPoints", list), page);
    }

    private static List<RecoveryPointRecord> newestFirst(List<RecoveryPointRecord> points) {
        return points.stream()
                .sorted(Comparator.comparing(RecoveryPointRecord::creationDate).reversed())
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
    private static void requireOwnVaultAccount(BackupQuery query, String vaultName) {
        if (query.accountId("backupVaultAccountId", "BackupVaultAccountId")
                .filter(a -> !isOwnAccount(a))
                .isPresent()) {
            throw BackupQuery.vaultNotFound(vaultName);
        }
    }
}
