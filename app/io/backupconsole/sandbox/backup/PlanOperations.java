package io.backupconsole.sandbox.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.domain.backup.BackupPlanRequest;
import io.backupconsole.domain.backup.BackupSelectionRequest;
import io.backupconsole.domain.backup.RecoveryPointLifecycle;
import io.backupconsole.domain.rules.BackupPlanRules;
import io.backupconsole.domain.rules.Violation;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.protocol.SandboxRequest;
import io.backupconsole.sandbox.protocol.ServiceError;
import io.backupconsole.sandbox.support.Fields;
import io.backupconsole.sandbox.support.Json;
import io.backupconsole.sandbox.support.Pages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Backup plans and selections: CreateBackupPlan, ListBackupPlans, GetBackupPlan, CreateBackupSelection,
 * ListBackupSelections and GetBackupSelection. Plans only record the schedule: the sandbox runs no scheduled jobs. Called under the
 * simulator's lock.
 */
final class PlanOperations {
    private final SimulationContext context;

    PlanOperations(SimulationContext context) {
        this.context = context;
    }

    JsonNode createBackupPlan(BackupRegion state, SandboxRequest request) {
        Fields fields = new Fields(request.body(), BackupErrors.INSTANCE);
        String creatorRequestId = fields.string("CreatorRequestId").orElse(null);
        Fields plan = fields.nested("BackupPlan").orElseThrow(() -> BackupErrors.INSTANCE.missing("BackupPlan"));
        String name = plan.requiredString("BackupPlanName");
        ArrayNode rules = plan.array("Rules").orElseThrow(() -> BackupErrors.INSTANCE.missing("BackupPlan.Rules"));
        if (creatorRequestId != null) {
            for (PlanRecord earlier : state.plans.values()) {
                if (creatorRequestId.equals(earlier.creatorRequestId) && earlier.name.equals(name)) {
                    return planOutput(earlier);
                }
            }
        }
        refuse(BackupPlanRules.checkPlanName(name));
        if (rules.isEmpty()) {
            throw BackupErrors.invalid("BackupPlan.Rules", "a plan needs at least one rule.");
        }
        ArrayNode stored = Json.array();
        List<String> ruleNames = new ArrayList<>();
        for (JsonNode ruleNode : rules) {
            if (!ruleNode.isObject()) {
                throw BackupErrors.invalid("BackupPlan.Rules", "each rule must be an object.");
            }
            Fields rule = new Fields((ObjectNode) ruleNode, BackupErrors.INSTANCE);
            BackupPlanRequest input = new BackupPlanRequest(
                    name,
                    rule.requiredString("RuleName"),
                    rule.string("ScheduleExpression").orElse("cron(0 5 ? * * *)"),
                    rule.requiredString("TargetBackupVaultName"),
                    lifecycle(rule));
            refuse(BackupPlanRules.checkPlan(input));
            if (!state.vaults.containsKey(input.vaultName())) {
                throw BackupErrors.invalid(
                        "Rules.TargetBackupVaultName",
                        "backup vault " + input.vaultName() + " does not exist in this region.");
            }
            if (ruleNames.contains(input.ruleName())) {
                throw BackupErrors.invalid("Rules.RuleName", "rule name " + input.ruleName() + " is used twice.");
            }
            ruleNames.add(input.ruleName());
            ObjectNode copy = ((ObjectNode) ruleNode).deepCopy();
            copy.put("RuleId", context.uuid());
            stored.add(copy);
        }
        if (state.plans.values().stream().anyMatch(p -> p.name.equals(name))) {
            throw alreadyExists("A backup plan named " + name + " already exists.", "BackupPlanName");
        }
        String id = context.uuid();
        PlanRecord record = new PlanRecord(
                id,
                "arn:aws:backup:" + state.region + ":" + SimulationContext.ACCOUNT_ID + ":backup-plan:" + id,
                name,
                context.hex(32).toLowerCase(Locale.ROOT),
                creatorRequestId,
                context.now(),
                stored);
        state.plans.put(id, record);
        return planOutput(record);
    }

    JsonNode listBackupPlans(BackupRegion state, SandboxRequest request) {
        BackupQuery query = new BackupQuery(request);
        query.bool("includeDeleted", "IncludeDeleted");
        Pages.Page<PlanRecord> page = query.page(List.copyOf(state.plans.values()));
        ArrayNode list = Json.array();
        for (PlanRecord plan : page.items()) {
            ObjectNode node = planOutput(plan);
            node.put("BackupPlanName", plan.name);
            if (plan.creatorRequestId != null) {
                node.put("CreatorRequestId", plan.creatorRequestId);
            }
            list.add(node);
        }
        ObjectNode out = Json.object();
        out.set("BackupPlansList", list);
        page.nextToken().ifPresent(token -> out.put("NextToken", token));
        return out;
    }

    JsonNode getBackupPlan(BackupRegion state, SandboxRequest request) {
        PlanRecord plan = plan(state, request);
        ObjectNode out = planOutput(plan);
        ObjectNode document = Json.object();
        document.put("BackupPlanName", plan.name);
        document.set("Rules", plan.rules.deepCopy());
        out.set("BackupPlan", document);
        if (plan.creatorRequestId != null) {
            out.put("CreatorRequestId", plan.creatorRequestId);
        }
        return out;
    }

    JsonNode createBackupSelection(BackupRegion state, SandboxRequest request) {
        String planId = request.pathParams().get("backupPlanId");
        PlanRecord plan = state.plans.get(planId);
        if (plan == null) {
            throw BackupErrors.invalid("BackupPlanId", "backup plan " + planId + " does not exist in this region.");
        }
        Fields fields = new Fields(request.body(), BackupErrors.INSTANCE);
        String creatorRequestId = fields.string("CreatorRequestId").orElse(null);
        Fields selection =
                fields.nested("BackupSelection").orElseThrow(() -> BackupErrors.INSTANCE.missing("BackupSelection"));
        BackupSelectionRequest input = new BackupSelectionRequest(
                selection.requiredString("SelectionName"),
                selection.requiredString("IamRoleArn"),
                selection.strings("Resources").orElse(List.of()));
        if (creatorRequestId != null) {
            for (PlanRecord.SelectionRecord earlier : plan.selections.values()) {
                if (creatorRequestId.equals(earlier.creatorRequestId())
                        && earlier.name().equals(input.selectionName())) {
                    return selectionOutput(plan, earlier);
                }
            }
        }
        refuse(BackupPlanRules.checkSelection(input));
        if (plan.selections.values().stream().anyMatch(s -> s.name().equals(input.selectionName()))) {
            throw alreadyExists(
                    "Plan " + plan.name + " already has a selection named " + input.selectionName() + ".",
                    "SelectionName");
        }
        PlanRecord.SelectionRecord record = new PlanRecord.SelectionRecord(
                context.uuid(),
                input.selectionName(),
                input.iamRoleArn(),
                input.resourceArns(),
                creatorRequestId,
                context.now());
        plan.selections.put(record.id(), record);
        return selectionOutput(plan, record);
    }

    JsonNode listBackupSelections(BackupRegion state, SandboxRequest request) {
        PlanRecord plan = plan(state, request);
        Pages.Page<PlanRecord.SelectionRecord> page =
                new BackupQuery(request).page(List.copyOf(plan.selections.values()));
        ArrayNode list = Json.array();
        for (PlanRecord.SelectionRecord selection : page.items()) {
            ObjectNode node = selectionOutput(plan, selection);
            node.put("SelectionName", selection.name());
            node.put("IamRoleArn", selection.iamRoleArn());
            if (selection.creatorRequestId() != null) {
                node.put("CreatorRequestId", selection.creatorRequestId());
            }
            list.add(node);
        }
        ObjectNode out = Json.object();
        out.set("BackupSelectionsList", list);
        page.nextToken().ifPresent(token -> out.put("NextToken", token));
        return out;
    }

    JsonNode getBackupSelection(BackupRegion state, SandboxRequest request) {
        PlanRecord plan = plan(state, request);
        String selectionId = request.pathParams().get("selectionId");
        PlanRecord.SelectionRecord selection = plan.selections.get(selectionId);
        if (selection == null) {
            throw BackupErrors.notFound(
                    "Selection " + selectionId + " does not exist in plan " + plan.name + ".", "SelectionId");
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

    private static PlanRecord plan(BackupRegion state, SandboxRequest request) {
        String planId = request.pathParams().get("backupPlanId");
        PlanRecord plan = state.plans.get(planId);
        if (plan == null) {
            throw BackupErrors.notFound("Backup plan " + planId + " does not exist in this region.", "BackupPlanId");
        }
        return plan;
    }

    private static ObjectNode planOutput(PlanRecord plan) {
        ObjectNode out = Json.object();
        out.put("BackupPlanId", plan.id);
        out.put("BackupPlanArn", plan.arn);
        out.set("CreationDate", Json.epochSeconds(plan.creationDate));
        out.put("VersionId", plan.versionId);
        return out;
    }

    private static ObjectNode selectionOutput(PlanRecord plan, PlanRecord.SelectionRecord selection) {
        ObjectNode out = Json.object();
        out.put("SelectionId", selection.id());
        out.put("BackupPlanId", plan.id);
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
            throw BackupErrors.invalid(violations);
        }
    }
}
