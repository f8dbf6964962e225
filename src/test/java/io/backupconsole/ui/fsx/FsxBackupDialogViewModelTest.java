package io.backupconsole.ui.fsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupOrigin;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.Resource;
import io.backupconsole.sandbox.SandboxConfig;
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

class FsxBackupDialogViewModelTest {
    private static final String WINDOWS = "fs-0a1b2c3d4e5f60001";
    private static final String LUSTRE_SCRATCH = "fs-0a1b2c3d4e5f60003";

    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @TempDir
    Path data;

    private DialogTestContext app;
    private FsxBackupDialogViewModel dialog;

    @BeforeEach
    void open() {
        app = new DialogTestContext(sandbox, data);
        dialog = new FsxBackupDialogViewModel(app.resource(AwsService.FSX, WINDOWS), app.context);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private List<BackupSummary> userBackups() {
        return app.adapters.get(AwsService.FSX).listBackups(WINDOWS).stream()
                .filter(b -> b.origin() == BackupOrigin.MANUAL)
                .toList();
    }

    @Test
    void aNameWithCharactersFsxRefusesIsExplainedNextToIt() {
        dialog.nameProperty().set("before upgrade #2");
        dialog.touch(FsxBackupDialogViewModel.NAME);

        assertFalse(dialog.canCreateProperty().get());
        assertEquals(
                "Backup name may contain only letters, numbers, spaces and _ . : / = + - @.",
                dialog.messageFor(FsxBackupDialogViewModel.NAME).get());
    }

    @Test
    void theNoticeSaysThatGivenTagsReplaceTheFileSystemsOwn() {
        assertTrue(dialog.copyTagsNotice().contains("file system's own tags are not copied"), dialog.copyTagsNotice());
    }

    @Test
    void createMakesANamedBackup() {
        int before = userBackups().size();
        dialog.nameProperty().set("before-upgrade");
        dialog.tags().paste("team=storage");

        dialog.create();

        TrackedJob job = dialog.startedProperty().get();
        assertNotNull(job, dialog.generalMessageProperty().get());
        // The name as FSx stores it (a sparse answer leaves the Name tag out).
        List<BackupSummary> after = sandbox.withFullAnswers(this::userBackups);
        assertEquals(before + 1, after.size());
        BackupSummary made = after.stream()
                .filter(b -> b.id().equals(job.serviceJobId()))
                .findFirst()
                .orElseThrow();
        assertEquals("before-upgrade", made.name());
    }

    @Test
    void lostAnswersLockTheFormAndCreateAgainMakesExactlyOneBackupWithTheSameToken() {
        int before = userBackups().size();
        dialog.nameProperty().set("nightly");
        sandbox.configure(c -> new SandboxConfig(c.timeScale(), 0, 0, 0, 0, 1.0, List.of("fsx:CreateBackup"), c.seed())
                .withSparseResponses(c.sparseResponses()));

        dialog.create();

        assertNull(dialog.startedProperty().get());
        assertTrue(dialog.lockedProperty().get());
        assertTrue(
                dialog.generalMessageProperty().get().contains("no second backup"),
                dialog.generalMessageProperty().get());
        TrackedJob pending = app.journal.jobs().getFirst();
        assertEquals(JobOutcome.SUBMITTING, pending.progress().outcome());

        sandbox.configure(c -> sandbox.testConfig());
        dialog.nameProperty().set("changed while locked is ignored");
        dialog.create();

        TrackedJob job = dialog.startedProperty().get();
        assertNotNull(job, dialog.generalMessageProperty().get());
        assertEquals(pending.id(), job.id());
        assertEquals(pending.request().idempotencyToken(), job.request().idempotencyToken());
        assertEquals(before + 1, userBackups().size());
        assertFalse(dialog.lockedProperty().get());
    }

    @Test
    void aFileSystemIsBackedUpEvenWhenTheEndpointCannotListVolumes() {
        sandbox.configure(c -> c.withUnsupportedOperations(List.of("fsx:DescribeVolumes")));
        long volumeListings = sandbox.count("fsx:DescribeVolumes");

        dialog.create();

        TrackedJob job = dialog.startedProperty().get();
        assertNotNull(job, dialog.generalMessageProperty().get());
        assertEquals(WINDOWS, job.resourceId());
        assertTrue(sandbox.count("fsx:DescribeVolumes") > volumeListings, "the re-read before sending asked");
    }

    @Test
    void aFileSystemIsBackedUpEvenWhenListingVolumesFailsOnTheServer() {
        sandbox.configure(
                c -> new SandboxConfig(c.timeScale(), 0, 0, 0, 1.0, 0, List.of("fsx:DescribeVolumes"), c.seed())
                        .withSparseResponses(c.sparseResponses()));

        dialog.create();

        assertNotNull(
                dialog.startedProperty().get(), dialog.generalMessageProperty().get());
        assertEquals(1, sandbox.count("fsx:CreateBackup"));
    }

    @Test
    void aScratchFileSystemIsRefusedByThePreflightWithItsReason() {
        Resource scratch = app.resource(AwsService.FSX, LUSTRE_SCRATCH);
        FsxBackupDialogViewModel refused = new FsxBackupDialogViewModel(scratch, app.context);

        refused.create();

        assertNull(refused.startedProperty().get());
        assertTrue(
                refused.generalMessageProperty().get().contains("Scratch"),
                refused.generalMessageProperty().get());
        assertTrue(app.journal.jobs().isEmpty());
    }
}
