package io.backupconsole.ui.opsworkscm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.opsworkscm.OpsWorksCmModule;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupOrigin;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.testsupport.DialogTestContext;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.tracking.TrackedJob;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class OpsWorksCmBackupDialogViewModelTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @TempDir
    Path data;

    DialogTestContext app;
    Resource server;
    OpsWorksCmBackupDialogViewModel dialog;

    @BeforeEach
    void open() {
        app = new DialogTestContext(sandbox, data);
        server = app.eligible(AwsService.OPSWORKS_CM);
        dialog = new OpsWorksCmBackupDialogViewModel(server, app.context);
    }

    @AfterEach
    void close() {
        app.close();
    }

    long manualBackups() {
        return app.adapters.get(AwsService.OPSWORKS_CM).listBackups(server.id()).stream()
                .filter(b -> b.origin() == BackupOrigin.MANUAL)
                .count();
    }

    @Test
    void anEmptyFormCanBeCreatedAtOnce() {
        assertTrue(dialog.canCreateProperty().get());
        assertEquals("Back up " + server.name(), dialog.title());
    }

    @Test
    void aTooLongDescriptionDisablesCreateAndIsExplainedOnceTouched() {
        dialog.descriptionProperty().set("x".repeat(10_001));

        assertFalse(dialog.canCreateProperty().get());
        var message = dialog.messageFor(OpsWorksCmBackupDialogViewModel.DESCRIPTION);
        assertEquals("", message.get(), "not shown before the field is touched");
        dialog.touch(OpsWorksCmBackupDialogViewModel.DESCRIPTION);
        assertEquals("Description must be at most 10000 characters (it has 10001).", message.get());

        dialog.descriptionProperty().set("before the upgrade");
        assertEquals("", message.get());
        assertTrue(dialog.canCreateProperty().get());
    }

    @Test
    void opsWorksTagRulesAreStricterThanTheOthers() {
        dialog.tags().paste("owner=ops@example.com");

        assertFalse(dialog.canCreateProperty().get());
        assertEquals(
                "Tag value for \"owner\" may contain only letters, numbers, spaces and + - = . _ : /.",
                dialog.tags().rows().get(0).valueMessageProperty().get());
    }

    @Test
    void createSendsTheBackupJournalsItAndReportsTheJob() {
        long before = manualBackups();
        dialog.descriptionProperty().set("before the Chef 14 upgrade");
        dialog.tags().paste("team=platform");

        dialog.create();

        TrackedJob job = dialog.startedProperty().get();
        assertNotNull(job, dialog.generalMessageProperty().get());
        assertEquals(JobOutcome.RUNNING, job.progress().outcome());
        assertEquals(before + 1, manualBackups());
        assertEquals(List.of(new Tag("team", "platform")), job.request().tags());
        assertEquals(List.of(job), app.journal.jobs());
    }

    @Test
    void aServerThatStartedABackupElsewhereIsRefusedBeforeSending() {
        sandbox.configure(c -> c.withTimeScale(1.0));
        app.adapters.get(OpsWorksCmModule.ADAPTER).createBackup(server.id(), "", List.of());
        long before = manualBackups();

        dialog.create();

        assertNull(dialog.startedProperty().get());
        assertTrue(
                dialog.generalMessageProperty().get().startsWith("Cannot back up now: Server is BACKING_UP"),
                dialog.generalMessageProperty().get());
        assertEquals(before, manualBackups());
        assertTrue(app.journal.jobs().isEmpty());
        assertTrue(dialog.canCreateProperty().get(), "the input is kept and the user may try again later");
    }

    @Test
    void aSecondDialogForTheSameServerIsRefusedWhileTheFirstBackupIsTracked() {
        dialog.create();
        OpsWorksCmBackupDialogViewModel second = new OpsWorksCmBackupDialogViewModel(server, app.context);

        second.create();

        assertNull(second.startedProperty().get());
        assertTrue(
                second.generalMessageProperty().get().contains("still running"),
                second.generalMessageProperty().get());
    }
}
