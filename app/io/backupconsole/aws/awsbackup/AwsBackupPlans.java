package io.backupconsole.aws.awsbackup;

import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.domain.awsbackup.BackupPlanRequest;
import io.backupconsole.domain.awsbackup.BackupPlanSummary;
import io.backupconsole.domain.awsbackup.BackupSelectionRequest;
import io.backupconsole.domain.rules.BackupPlanRules;
import io.backupconsole.domain.rules.Violation;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupRuleInput;
import software.amazon.awssdk.services.backup.model.CreateBackupPlanResponse;
import software.amazon.awssdk.services.backup.model.Lifecycle;

/**
 * AWS Backup plans for "Add to a backup plan…": scheduled backups go through AWS Backup's own engine (a plan and a
 * selection), never a timer in this app. Blocking network calls: background only. Thread-safe (the client is).
 * Failures arrive as {@link ServiceFailure} with AWS Backup's {@code Context} as the field.
 */
public final class AwsBackupPlans {
    private final BackupClient client;

    AwsBackupPlans(BackupClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /** Every plan of the region (all pages), by name. */
    public List<BackupPlanSummary> listPlans() {
        return call(() -> client.listBackupPlansPaginator(r -> {}).backupPlansList().stream()
                .map(p -> new BackupPlanSummary(p.backupPlanId(), p.backupPlanArn(), p.backupPlanName(), p.versionId()))
                .sorted(Comparator.comparing(BackupPlanSummary::name, String.CASE_INSENSITIVE_ORDER))
                .toList());
    }

    /** The names of a plan's selections (all pages), to pick a free name for a new one. */
    public List<String> selectionNames(String planId) {
        return call(
                () -> client.listBackupSelectionsPaginator(r -> r.backupPlanId(planId)).backupSelectionsList().stream()
                        .map(s -> s.selectionName())
                        // SelectionName is not a required member of a listed selection.
                        .filter(Objects::nonNull)
                        .toList());
    }

    /**
     * Creates a plan with one rule. {@code creatorRequestId} is the idempotency token: the same request resent
     * with it returns the same plan.
     */
    public BackupPlanSummary createPlan(BackupPlanRequest plan, String creatorRequestId) {
        refuse(BackupPlanRules.checkPlan(plan));
        BackupRuleInput.Builder rule = BackupRuleInput.builder()
                .ruleName(plan.ruleName())
                .scheduleExpression(plan.schedule())
                .targetBackupVaultName(plan.vaultName());
        if (!plan.lifecycle().isEmpty()) {
            rule.lifecycle(Lifecycle.builder()
                    .moveToColdStorageAfterDays(plan.lifecycle().moveToColdStorageAfterDays())
                    .deleteAfterDays(plan.lifecycle().deleteAfterDays())
                    .build());
        }
        CreateBackupPlanResponse response = call(() -> client.createBackupPlan(r -> r.creatorRequestId(creatorRequestId)
                .backupPlan(p -> p.backupPlanName(plan.planName()).rules(rule.build()))));
        return new BackupPlanSummary(
                response.backupPlanId(), response.backupPlanArn(), plan.planName(), response.versionId());
    }

    /** Assigns resources to a plan; returns the SelectionId. */
    public String createSelection(String planId, BackupSelectionRequest selection, String creatorRequestId) {
        refuse(BackupPlanRules.checkSelection(selection));
        return call(() -> client.createBackupSelection(r -> r.backupPlanId(planId)
                        .creatorRequestId(creatorRequestId)
                        .backupSelection(s -> s.selectionName(selection.selectionName())
                                .iamRoleArn(selection.iamRoleArn())
                                .resources(selection.resourceArns())))
                .selectionId());
    }

    private static void refuse(List<Violation> problems) {
        if (!problems.isEmpty()) {
            Violation first = problems.get(0);
            throw new ServiceFailure(ServiceFailure.Kind.INVALID_INPUT, "", first.message(), first.field(), null);
        }
    }

    private static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (SdkException e) {
            throw AwsBackupAdapter.failure(e);
        }
    }
}
