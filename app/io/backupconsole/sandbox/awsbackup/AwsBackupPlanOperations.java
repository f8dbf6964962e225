package io.backupconsole.sandbox.awsbackup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.domain.awsbackup.BackupPlanRequest;
import io.backupconsole.domain.awsbackup.BackupSelectionRequest;
import io.backupconsole.domain.awsbackup.RecoveryPointLifecycle;
import io.backupconsole.domain.rules.BackupPlanRules;
import io.backupconsole.domain.rules.Violation;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.protocol.SandboxRequest;
import io.backupconsole.sandbox.protocol.ServiceError;
import io.backupconsole.sandbox.support.Fields;
import io.backupconsole.sandbox.support.Json;
import io.backupconsole.sandbox.support.Pages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * Backup plans and selections: CreateBackupPlan, ListBackupPlans, GetBackupPlan, CreateBackupSelection,
 * ListBackupSelections and GetBackupSelection. Plans only record the schedule: the sandbox runs no scheduled jobs. Called under the
 * simulator's lock.
 */
final class AwsBackupPlanOperations {
    private final SimulationContext context;

    AwsBackupPlanOperations(SimulationContext context) {
        this.context = context;
    }

    JsonNode createBackupPlan(AwsBackupRegion state, SandboxRequest request) {
        Fields fields = new Fields(request.body(), AwsBackupErrors.INSTANCE);
        String creatorRequestId = fields.string("CreatorRequestId").orElse(null);
        Fields plan = fields.nested("BackupPlan").orElseThrow(() -> AwsBackupErrors.INSTANCE.missing("BackupPlan"));
        String name = plan.requiredString("BackupPlanName");
        ArrayNode rules = plan.array("Rules").orElseThrow(() -> AwsBackupErrors.INSTANCE.missing("BackupPlan.Rules"));
        if (creatorRequestId != null) {
            for (AwsBackupPlan earlier : state.plans.values()) {
                if (creatorRequestId.equals(earlier.creatorRequestId())
                        && earlier.name().equals(name)) {
                    return planOutput(earlier);
                }
            }
        }
        refuse(BackupPlanRules.checkPlanName(name));
        if (rules.isEmpty()) {
            throw AwsBackupErrors.invalid("BackupPlan.Rules", "a plan needs at least one rule.");
        }
        ArrayNode stored = Json.array();
        List<String> ruleNames = new ArrayList<>();
        for (JsonNode ruleNode : rules) {
            if (!ruleNode.isObject()) {
                throw AwsBackupErrors.invalid("BackupPlan.Rules", "each rule must be an object.");
            }
            Fields rule = new Fields((ObjectNode) ruleNode, AwsBackupErrors.INSTANCE);
            BackupPlanRequest input = new BackupPlanRequest(
                    name,
                    rule.requiredString("RuleName"),
                    rule.string("ScheduleExpression").orElse("cron(0 5 ? * * *)"),
                    rule.requiredString("TargetBackupVaultName"),
                    lifecycle(rule));
            refuse(BackupPlanRules.checkPlan(input));
            if (!state.vaults.containsKey(input.vaultName())) {
                throw AwsBackupErrors.invalid(
                        "Rules.TargetBackupVaultName",
                        "backup vault " + input.vaultName() + " does not exist in this region.");
            }
            if (ruleNames.contains(input.ruleName())) {
                throw AwsBackupErrors.invalid("Rules.RuleName", "rule name " + input.ruleName() + " is used twice.");
            }
            ruleNames.add(input.ruleName());
            ObjectNode copy = ((ObjectNode) ruleNode).deepCopy();
            copy.put("RuleId", context.uuid());
            stored.add(copy);
        }
        if (state.plans.values().stream().anyMatch(p -> p.name().equals(name))) {
            throw alreadyExists("A backup plan named " + name + " already exists.", "BackupPlanName");
        }
        String id = context.uuid();
        AwsBackupPlan record = new AwsBackupPlan(
                id,
                "arn:aws:backup:" + state.region + ":" + SimulationContext.ACCOUNT_ID + ":backup-plan:" + id,
                name,
                context.hex(32).toLowerCase(Locale.ROOT),
                creatorRequestId,
                context.now(),
                stored,
                new LinkedHashMap<>());
        state.plans.put(id, record);
        return planOutput(record);
    }

    JsonNode listBackupPlans(AwsBackupRegion state, SandboxRequest request) {
        AwsBackupQuery query = new AwsBackupQuery(request);
        query.bool("includeDeleted", "IncludeDeleted");
        Pages.Page<AwsBackupPlan> page = query.page(List.copyOf(state.plans.values()));
        ArrayNode list = Json.array();
        for (AwsBackupPlan plan : page.items()) {
            ObjectNode node = planOutput(plan);
            node.put("BackupPlanName", plan.name());
            if (plan.creatorRequestId() != null) {
                node.put("CreatorRequestId", plan.creatorRequestId());
            }
            list.add(node);
        }
        return AwsBackupCatalogOperations.withToken(Json.object().set("BackupPlansList", list), page);
    }

    JsonNode getBackupPlan(AwsBackupRegion state, SandboxRequest request) {
        AwsBackupPlan plan = plan(state, request);
        ObjectNode out = planOutput(plan);
        ObjectNode document = Json.object();
        document.put("BackupPlanName", plan.name());
        document.set("Rules", plan.rules().deepCopy());
        out.set("BackupPlan", document);
        if (plan.creatorRequestId() != null) {
            out.put("CreatorRequestId", plan.creatorRequestId());
        }
        return out;
    }

    JsonNode createBackupSelection(AwsBackupRegion state, SandboxRequest request) {
        String planId = request.pathParams().get("backupPlanId");
        AwsBackupPlan plan = state.plans.get(planId);
        if (plan == null) {
            throw AwsBackupErrors.invalid("BackupPlanId", "backup plan " + planId + " does not exist in this region.");
        }
        Fields fields = new Fields(request.body(), AwsBackupErrors.INSTANCE);
        String creatorRequestId = fields.string("CreatorRequestId").orElse(null);
        Fields selection =
                fields.nested("BackupSelection").orElseThrow(() -> AwsBackupErrors.INSTANCE.missing("BackupSelection"));
        BackupSelectionRequest input = new BackupSelectionRequest(
                selection.requiredString("SelectionName"),
                selection.requiredString("IamRoleArn"),
                selection.strings("Resources").orElse(List.of()));
        if (creatorRequestId != null) {
            for (AwsBackupPlan.SelectionRecord earlier : plan.selections().values()) {
                if (creatorRequestId.equals(earlier.creatorRequestId())
                        && earlier.name().equals(input.selectionName())) {
                    return selectionOutput(plan, earlier);
                }
            }
        }
        refuse(BackupPlanRules.checkSelection(input));
        if (plan.selections().values().stream().anyMatch(s -> s.name().equals(input.selectionName()))) {
            throw alreadyExists(
                    "Plan " + plan.name() + " already has a selection named " + input.selectionName() + ".",
                    "SelectionName");
        }
        AwsBackupPlan.SelectionRecord record = new AwsBackupPlan.SelectionRecord(
                context.uuid(),
                input.selectionName(),
                input.iamRoleArn(),
                input.resourceArns(),
                creatorRequestId,
                context.now());
        plan.selections().put(record.id(), record);
        return selectionOutput(plan, record);
    }

    JsonNode listBackupSelections(AwsBackupRegion state, SandboxRequest request) {
        AwsBackupPlan plan = plan(state, request);
        Pages.Page<AwsBackupPlan.SelectionRecord> page =
                new AwsBackupQuery(request).page(List.copyOf(plan.selections().values()));
        ArrayNode list = Json.array();
        for (AwsBackupPlan.SelectionRecord selection : page.items()) {
            ObjectNode node = selectionOutput(plan, selection);
            node.put("SelectionName", selection.name());
            node.put("IamRoleArn", selection.iamRoleArn());
            if (selection.creatorRequestId() != null) {
                node.put("CreatorRequestId", selection.creatorRequestId());
            }
            list.add(node);
        }
        return AwsBackupCatalogOperations.withToken(Json.object().set("BackupSelectionsList", list), page);
    }

    JsonNode getBackupSelection(AwsBackupRegion state, SandboxRequest request) {
        AwsBackupPlan plan = plan(state, request);
        String selectionId = request.pathParams().get("selectionId");
        AwsBackupPlan.SelectionRecord selection = plan.selections().get(selectionId);
        if (selection == null) {
            throw AwsBackupErrors.notFound(
                    "Selection " + selectionId + " does not exist in plan " + plan.name() + ".", "SelectionId");
        }
        ObjectNode out = selectionOutput(plan, selection);
        ObjectNode document = Json.object();
        document.put("SelectionName", selection.name());
        document.put("IamRoleArn", selection.iamRoleArn());
        ArrayNode resources = Json.array();
        selection.resources().forEach(resources::add);
        document.set("Resources", resources);
        out.set("BackupSelection", document);
        if (selection.creatorRequestId() != null) {
            out.put("CreatorRequestId", selection.creatorRequestId());
        }
        return out;
    }

    private static AwsBackupPlan plan(AwsBackupRegion state, SandboxRequest request) {
        String planId = request.pathParams().get("backupPlanId");
        AwsBackupPlan plan = state.plans.get(planId);
        if (plan == null) {
            throw AwsBackupErrors.notFound("Backup plan " + planId + " does not exist in this region.", "BackupPlanId");
        }
        return plan;
    }

    private static ObjectNode planOutput(AwsBackupPlan plan) {
        ObjectNode out = Json.object();
        out.put("BackupPlanId", plan.id());
        out.put("BackupPlanArn", plan.arn());
        out.set("CreationDate", Json.epochSeconds(plan.creationDate()));
        out.put("VersionId", plan.versionId());
        return out;
    }

    private static ObjectNode selectionOutput(AwsBackupPlan plan, AwsBackupPlan.SelectionRecord selection) {
        ObjectNode out = Json.object();
        out.put("SelectionId", selection.id());
        out.put("BackupPlanId", plan.id());
        out.set("CreationDate", Json.epochSeconds(selection.creationDate()));
        return out;
    }

    private static RecoveryPointLifecycle lifecycle(Fields rule) {
        return rule.nested("Lifecycle")
                .map(l -> new RecoveryPointLifecycle(
                        l.number("MoveToColdStorageAfterDays").orElse(null),
                        l.number("DeleteAfterDays").orElse(null)))
                .orElse(RecoveryPointLifecycle.KEEP_FOREVER);
    }

    private static ServiceError alreadyExists(String message, String member) {
        return ServiceError.badRequest("AlreadyExistsException", message)
                .with("Type", "User")
                .with("Context", member);
    }

    private static void refuse(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw AwsBackupErrors.invalid(violations);
        }
    }
}
