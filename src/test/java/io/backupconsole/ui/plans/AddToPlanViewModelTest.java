package io.backupconsole.ui.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.ServiceRegistry;
import io.backupconsole.aws.awsbackup.AwsBackupAdapter;
import io.backupconsole.aws.awsbackup.AwsBackupModule;
import io.backupconsole.aws.fsx.FsxModule;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.awsbackup.BackupPlanSummary;
import io.backupconsole.domain.rules.BackupPlanRules.SchedulePreset;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.common.ConnectionContext;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.backup.model.BackupSelectionsListMember;

/** "Add to a backup plan…" against the sandbox's AWS Backup, run synchronously. */
class AddToPlanViewModelTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private final ConnectionContext connection = new ConnectionContext();

    @BeforeEach
    void connect() {
        connection.connected(sandbox.adapters());
    }

    private Resource fileSystem() {
        return sandbox.adapters().get(AwsService.FSX).listResources().stream()
                .filter(r -> r.parentId() == null)
                .findFirst()
                .orElseThrow();
    }

    private AddToPlanViewModel opened(Resource resource) {
        AddToPlanViewModel model = new AddToPlanViewModel(resource, connection, Async.synchronous());
        model.load();
        return model;
    }

    @Test
    void aNewWeeklyPlanIsCreatedWithASelectionNamingTheFileSystemsArn() {
        Resource fs = fileSystem();
        AddToPlanViewModel model = opened(fs);
        model.planNameProperty().set("weekly-fsx");
        model.presetProperty().set(SchedulePreset.WEEKLY);

        assertTrue(
                model.canAddProperty().get(), model.violationsProperty().get().toString());
        model.add();

        assertTrue(model.doneProperty().get(), model.generalMessageProperty().get());
        var client = sandbox.clients().backup();
        var plan = client.listBackupPlans(r -> {}).backupPlansList().stream()
                .filter(p -> p.backupPlanName().equals("weekly-fsx"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "cron(0 5 ? * SAT *)",
                client.getBackupPlan(r -> r.backupPlanId(plan.backupPlanId()))
                        .backupPlan()
                        .rules()
                        .get(0)
                        .scheduleExpression());
        List<BackupSelectionsListMember> selections = client.listBackupSelections(
                        r -> r.backupPlanId(plan.backupPlanId()))
                .backupSelectionsList();
        assertEquals(1, selections.size());
        assertEquals(
                List.of(new FsxModule().planArn(fs).orElseThrow()),
                client.getBackupSelection(r -> r.backupPlanId(plan.backupPlanId())
                                .selectionId(selections.get(0).selectionId()))
                        .backupSelection()
                        .resources());
    }

    @Test
    void anExistingPlanGetsTheSelectionAndNoNewPlan() {
        Resource fs = fileSystem();
        AwsBackupAdapter backup = sandbox.adapters().get(AwsBackupModule.ADAPTER);
        AddToPlanViewModel first = opened(fs);
        first.planNameProperty().set("shared-plan");
        first.add();
        Resource other =
                sandbox.adapters().get(AwsService.BACKUP).listResources().get(0);

        AddToPlanViewModel model = opened(other);
        model.newPlanProperty().set(false);
        assertFalse(model.canAddProperty().get(), "no plan chosen yet");
        BackupPlanSummary shared = model.plans().stream()
                .filter(p -> p.name().equals("shared-plan"))
                .findFirst()
                .orElseThrow();
        model.existingPlanProperty().set(shared);
        model.add();

        assertTrue(model.doneProperty().get(), model.generalMessageProperty().get());
        assertEquals(1, backup.plans().listPlans().size());
        assertEquals(2, backup.plans().selectionNames(shared.id()).size());
    }

    @Test
    void aBadCustomCronShowsItsMessageOnceTouchedAndBlocksAdd() {
        AddToPlanViewModel model = opened(fileSystem());
        var message = model.messageFor("Rules.ScheduleExpression");
        model.presetProperty().set(SchedulePreset.CUSTOM);
        model.scheduleProperty().set("cron(*/5 * * * ? *)");

        assertEquals("", message.get(), "untouched fields stay quiet");
        model.touch("Rules.ScheduleExpression");
        assertTrue(message.get().contains("at most once an hour"), message.get());
        assertFalse(model.canAddProperty().get());
        model.scheduleProperty().set("cron(0 3 ? * MON-FRI *)");
        assertEquals("", message.get());
        assertTrue(model.canAddProperty().get());
    }

    @Test
    void aPlanNameTakenIsPlacedOnThePlanNameField() {
        AddToPlanViewModel first = opened(fileSystem());
        first.planNameProperty().set("taken");
        first.add();

        AddToPlanViewModel second = opened(fileSystem());
        second.planNameProperty().set("taken");
        second.add();

        assertFalse(second.doneProperty().get());
        assertTrue(
                second.messageFor("BackupPlanName").get().contains("already exists"),
                second.messageFor("BackupPlanName").get());
    }

    @Test
    void opsWorksServersAndLightsailDatabasesSayWhyTheyCannotBeAdded() {
        Resource server =
                sandbox.adapters().get(AwsService.OPSWORKS_CM).listResources().get(0);
        Resource database =
                sandbox.adapters().get(AwsService.LIGHTSAIL).listResources().get(0);

        ServiceRegistry services = sandbox.adapters().registry();
        assertTrue(services.module(AwsService.OPSWORKS_CM)
                .planEligibility(server)
                .reason()
                .startsWith("AWS Backup does not support OpsWorks CM servers"));
        assertTrue(services.module(AwsService.LIGHTSAIL)
                .planEligibility(database)
                .reason()
                .startsWith("AWS Backup does not support Lightsail databases"));
        assertTrue(services.module(AwsService.FSX).planEligibility(fileSystem()).allowed());
    }
}
