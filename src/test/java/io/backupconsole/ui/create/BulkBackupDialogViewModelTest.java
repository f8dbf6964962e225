package io.backupconsole.ui.create;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.opsworkscm.OpsWorksCmModule;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupOrigin;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.sandbox.ForcedError;
import io.backupconsole.testsupport.DialogTestContext;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.tracking.TrackedJob;
import io.backupconsole.ui.awsbackup.AwsBackupBulkPlan;
import io.backupconsole.ui.fsx.FsxBulkPlan;
import io.backupconsole.ui.lightsail.LightsailBulkPlan;
import io.backupconsole.ui.opsworkscm.OpsWorksCmBulkPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class BulkBackupDialogViewModelTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @TempDir
    Path data;

    DialogTestContext app;
    final List<TrackedJob> started = new ArrayList<>();

    @BeforeEach
    void open() {
        app = new DialogTestContext(sandbox, data);
    }

    @AfterEach
    void close() {
        app.close();
    }

    List<Resource> eligible(AwsService service, int count) {
        return app.adapters.get(service).listResources().stream()
                .filter(r -> r.eligibility().allowed())
                .limit(count)
                .toList();
    }

    private long manualBackups(AwsService service, Resource resource) {
        return app.adapters.get(service).listBackups(resource.id()).stream()
                .filter(b -> b.origin() == BackupOrigin.MANUAL)
                .count();
    }

    BulkBackupDialogViewModel dialog(List<Resource> resources, BulkBackupPlan plan) {
        BulkBackupDialogViewModel dialog = new BulkBackupDialogViewModel(resources, plan, app.context);
        dialog.onJobStarted(started::add);
        return dialog;
    }

    @Test
    void everySelectedFileSystemGetsItsOwnTaggedBackupAndJob() {
        List<Resource> fileSystems = eligible(AwsService.FSX, 2);
        long before0 = manualBackups(AwsService.FSX, fileSystems.get(0));
        long before1 = manualBackups(AwsService.FSX, fileSystems.get(1));
        BulkBackupDialogViewModel dialog = dialog(fileSystems, new FsxBulkPlan());
        dialog.tags().paste("change=CHG-1042");

        dialog.create();

        assertTrue(dialog.doneProperty().get(), dialog.generalMessageProperty().get());
        assertEquals(2, started.size());
        assertEquals(before0 + 1, manualBackups(AwsService.FSX, fileSystems.get(0)));
        assertEquals(before1 + 1, manualBackups(AwsService.FSX, fileSystems.get(1)));
        assertEquals(2, app.journal.jobs().size());
        assertTrue(started.stream()
                .allMatch(job -> job.request().tags().equals(List.of(new Tag("change", "CHG-1042")))));
        assertTrue(dialog.rows().get(0).outcomeProperty().get().startsWith("Started (backup-"));
    }

    @Test
    void aRefusalOfEveryBackupLeavesTheDialogFreeAndMakesNoJob() {
        List<Resource> fileSystems = eligible(AwsService.FSX, 2);
        sandbox.configure(c -> c.withForcedErrors(List.of(
                new ForcedError("fsx:CreateBackup", 400, "BackupsPausedException", "Backups are paused today."))));
        BulkBackupDialogViewModel dialog = dialog(fileSystems, new FsxBulkPlan());

        dialog.create();

        assertEquals(0, started.size());
        assertTrue(
                dialog.rows().get(0).outcomeProperty().get().startsWith("Refused: Backups are paused today."),
                dialog.rows().get(0).outcomeProperty().get());
        assertFalse(dialog.lockedProperty().get(), "nothing was made: the shared input may change");
        assertTrue(app.journal.jobs().isEmpty());
    }

    @Test
    void aServerThatCannotBeBackedUpAnyMoreIsSkippedWithItsReasonAndTheOthersStart() {
        sandbox.configure(c -> c.withTimeScale(1.0));
        List<Resource> servers = eligible(AwsService.OPSWORKS_CM, 2);
        app.adapters.get(OpsWorksCmModule.ADAPTER).createBackup(servers.get(1).id(), "", List.of());
        BulkBackupDialogViewModel dialog = dialog(servers, new OpsWorksCmBulkPlan());

        dialog.create();

        assertFalse(dialog.doneProperty().get());
        assertEquals(1, started.size());
        assertEquals(servers.get(0).id(), started.get(0).resourceId());
        assertTrue(
                dialog.rows().get(1).outcomeProperty().get().startsWith("Skipped: Server is BACKING_UP"),
                dialog.rows().get(1).outcomeProperty().get());
        assertEquals(
                "1 of 2 backups started; see each resource's line. Create tries the others again.",
                dialog.generalMessageProperty().get());
        assertTrue(dialog.lockedProperty().get(), "the shared tags stay as they were sent");

        dialog.create();
        assertEquals(1, started.size(), "the started one is not sent again");
        assertEquals(1, app.journal.jobs().size());
    }

    @Test
    void awsBackupJobsGoToTheChosenVault() {
        List<Resource> resources = eligible(AwsService.BACKUP, 2);
        BulkBackupDialogViewModel dialog = dialog(resources, new AwsBackupBulkPlan());
        assertTrue(dialog.needsVault());
        assertEquals("Default", dialog.vaultProperty().get());

        dialog.vaultProperty().set("");
        assertFalse(dialog.canCreateProperty().get());
        assertEquals("Choose a vault.", dialog.vaultMessage());
        dialog.vaultProperty().set(dialog.vaults().get(dialog.vaults().size() - 1));

        dialog.create();

        assertTrue(
                dialog.doneProperty().get(),
                dialog.generalMessageProperty().get()
                        + dialog.rows().stream()
                                .map(r -> r.outcomeProperty().get())
                                .toList());
        assertTrue(started.stream()
                .allMatch(job -> job.request()
                        .awsBackup()
                        .backupVaultName()
                        .equals(dialog.vaultProperty().get())));
    }

    @Test
    void lightsailSnapshotsAreNamedAfterTheirDatabases() {
        List<Resource> databases = eligible(AwsService.LIGHTSAIL, 2);
        BulkBackupDialogViewModel dialog = dialog(databases, new LightsailBulkPlan());

        dialog.create();

        assertTrue(dialog.doneProperty().get(), dialog.generalMessageProperty().get());
        for (int i = 0; i < 2; i++) {
            assertTrue(started.get(i).serviceJobId().startsWith(databases.get(i).id() + "-"));
        }
    }

    @Test
    void aBadSharedTagBlocksCreateAndIsMarkedOnItsCell() {
        BulkBackupDialogViewModel dialog = dialog(eligible(AwsService.OPSWORKS_CM, 2), new OpsWorksCmBulkPlan());

        dialog.tags().paste("owner=ops@example.com");

        assertFalse(dialog.canCreateProperty().get());
        assertTrue(dialog.tags().rows().get(0).valueMessageProperty().get().contains("may contain only"));
        dialog.create();
        assertTrue(started.isEmpty());
    }
}
