package io.backupconsole.aws.awsbackup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.domain.awsbackup.BackupPlanRequest;
import io.backupconsole.domain.awsbackup.BackupPlanSummary;
import io.backupconsole.domain.awsbackup.BackupSelectionRequest;
import io.backupconsole.domain.awsbackup.RecoveryPointLifecycle;
import io.backupconsole.domain.rules.AwsBackupRules;
import io.backupconsole.testsupport.SandboxFixture;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupRule;
import software.amazon.awssdk.services.backup.model.GetBackupPlanResponse;
import software.amazon.awssdk.services.backup.model.InvalidParameterValueException;
import software.amazon.awssdk.services.backup.model.ResourceNotFoundException;

/** Backup plans and selections through the real SDK client against the sandbox's AWS Backup. */
class AwsBackupPlansTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private static final String ROLE = AwsBackupRules.defaultServiceRole("123456789012");

    private BackupClient client;
    private AwsBackupPlans plans;
    private String vault;
    private String resourceArn;

    @BeforeEach
    void setUp() {
        client = sandbox.clients().backup();
        AwsBackupAdapter adapter = new AwsBackupAdapter(client);
        plans = adapter.plans();
        vault = adapter.listVaults().get(0).name();
        resourceArn = adapter.listResources().get(0).id();
    }

    private BackupPlanRequest daily(String name) {
        return new BackupPlanRequest(name, "daily", "cron(0 5 ? * * *)", vault, new RecoveryPointLifecycle(30L, 365L));
    }

    @Test
    void aCreatedPlanIsListedAndReadBackWithItsRule() {
        BackupPlanSummary created = plans.createPlan(daily("nightly-files"), "token-1");

        assertEquals(
                List.of("nightly-files"),
                plans.listPlans().stream().map(BackupPlanSummary::name).toList());
        GetBackupPlanResponse read = client.getBackupPlan(r -> r.backupPlanId(created.id()));
        assertEquals("nightly-files", read.backupPlan().backupPlanName());
        BackupRule rule = read.backupPlan().rules().get(0);
        assertEquals("daily", rule.ruleName());
        assertEquals("cron(0 5 ? * * *)", rule.scheduleExpression());
        assertEquals(vault, rule.targetBackupVaultName());
        assertEquals(365L, rule.lifecycle().deleteAfterDays());
        assertTrue(created.arn().endsWith(":backup-plan:" + created.id()));
    }

    @Test
    void resendingWithTheSameCreatorRequestIdReturnsTheSamePlan() {
        BackupPlanSummary first = plans.createPlan(daily("weekly-db"), "token-2");
        BackupPlanSummary again = plans.createPlan(daily("weekly-db"), "token-2");

        assertEquals(first.id(), again.id());
        assertEquals(1, plans.listPlans().size());
    }

    @Test
    void aSelectionAssignsTheResourceToThePlan() {
        BackupPlanSummary plan = plans.createPlan(daily("with-selection"), "token-3");

        String selectionId = plans.createSelection(
                plan.id(), new BackupSelectionRequest("files", ROLE, List.of(resourceArn)), "sel-1");

        assertEquals(List.of("files"), plans.selectionNames(plan.id()));
        assertTrue(!selectionId.isEmpty());
        ServiceFailure twice = assertThrows(
                ServiceFailure.class,
                () -> plans.createSelection(
                        plan.id(), new BackupSelectionRequest("files", ROLE, List.of(resourceArn)), "sel-2"));
        assertEquals("AlreadyExistsException", twice.errorCode());
        assertEquals("SelectionName", twice.field());
    }

    @Test
    void theSandboxRefusesAMissingVaultAPlanNameTakenAndABadScheduleNamingTheMember() {
        ServiceFailure noVault = assertThrows(
                ServiceFailure.class,
                () -> plans.createPlan(
                        new BackupPlanRequest("p1", "r", "cron(0 5 ? * * *)", "no-such-vault", null), "t1"));
        assertEquals("InvalidParameterValueException", noVault.errorCode());
        assertEquals("Rules.TargetBackupVaultName", noVault.field());

        plans.createPlan(daily("taken"), "t2");
        ServiceFailure taken = assertThrows(ServiceFailure.class, () -> plans.createPlan(daily("taken"), "t3"));
        assertEquals("AlreadyExistsException", taken.errorCode());

        // Past the app's own check, straight through the SDK: the sandbox applies the same rule.
        var badCron = assertThrows(
                InvalidParameterValueException.class,
                () -> client.createBackupPlan(r -> r.backupPlan(p -> p.backupPlanName("p2")
                        .rules(rule -> rule.ruleName("r")
                                .targetBackupVaultName(vault)
                                .scheduleExpression("cron(*/5 * * * ? *)")))));
        assertEquals("Rules.ScheduleExpression", badCron.context());
        var unknownPlan =
                assertThrows(ResourceNotFoundException.class, () -> client.getBackupPlan(r -> r.backupPlanId("nope")));
        assertEquals("BackupPlanId", unknownPlan.context());
    }
}
