package io.backupconsole.ui.lightsail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupSummary;
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

class LightsailBackupDialogViewModelTest {
    private static final String NAME = LightsailBackupDialogViewModel.NAME;
    private static final String LOOKUP = "lightsail:GetRelationalDatabaseSnapshot";

    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @TempDir
    Path data;

    private DialogTestContext app;
    private Resource database;
    private LightsailBackupDialogViewModel dialog;

    @BeforeEach
    void open() {
        app = new DialogTestContext(sandbox, data);
        database = app.eligible(AwsService.LIGHTSAIL);
        dialog = new LightsailBackupDialogViewModel(database, app.context);
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** Read from full answers: a sparse snapshot does not say its database. */
    private String anExistingSnapshotName() {
        return sandbox.withFullAnswers(() -> app.adapters.get(AwsService.LIGHTSAIL).listResources().stream()
                .flatMap(db -> app.adapters.get(AwsService.LIGHTSAIL).listBackups(db.id()).stream())
                .map(BackupSummary::id)
                .findFirst()
                .orElseThrow());
    }

    @Test
    void theSuggestedNameIsCheckedInTheBackgroundBeforeCreateIsEnabled() {
        assertTrue(dialog.snapshotNameProperty().get().startsWith(database.id() + "-"));
        assertFalse(dialog.canCreateProperty().get(), "not before Lightsail said the name is free");
        assertEquals(
                "Checking whether the name is free…", dialog.nameCheckProperty().get());

        app.ticker.tick();

        assertEquals("The name is free.", dialog.nameCheckProperty().get());
        assertTrue(dialog.canCreateProperty().get());
    }

    @Test
    void aTakenNameIsAViolationNextToTheField() {
        String taken = anExistingSnapshotName();
        dialog.snapshotNameProperty().set(taken);
        dialog.touch(NAME);
        app.ticker.tick();

        assertFalse(dialog.canCreateProperty().get());
        assertTrue(
                dialog.messageFor(NAME).get().contains("already exists"),
                dialog.messageFor(NAME).get());
    }

    @Test
    void keystrokesAreDebouncedIntoOneCheckAndBadNamesAreNeverSent() {
        app.ticker.tick();
        long before = sandbox.count(LOOKUP);

        dialog.snapshotNameProperty().set("n");
        dialog.snapshotNameProperty().set("ni");
        dialog.snapshotNameProperty().set("nig");
        dialog.snapshotNameProperty().set("nightly-");
        dialog.touch(NAME);
        assertEquals(
                "Snapshot name (relationalDatabaseSnapshotName) must end with a letter or a number.",
                dialog.messageFor(NAME).get());
        assertEquals(0, app.ticker.activeCount(), "an invalid name is not asked about");
        dialog.snapshotNameProperty().set("nightly-1");
        app.ticker.tick();

        assertEquals(before + 1, sandbox.count(LOOKUP));
        assertTrue(dialog.canCreateProperty().get());
    }

    @Test
    void createTakesTheSnapshotEvenWhenItsAnswerIsLost() {
        app.ticker.tick();
        dialog.tags().paste("purpose=pre-migration");
        sandbox.configure(c -> new SandboxConfig(
                        c.timeScale(), 0, 0, 0, 0, 1.0, List.of("lightsail:CreateRelationalDatabaseSnapshot"), c.seed())
                .withSparseResponses(c.sparseResponses()));

        dialog.create();

        TrackedJob job = dialog.startedProperty().get();
        assertNotNull(job, dialog.generalMessageProperty().get());
        sandbox.configure(c -> sandbox.testConfig());
        assertEquals(dialog.snapshotNameProperty().get(), job.serviceJobId());
        assertEquals(
                1,
                sandbox
                        .withFullAnswers(
                                () -> app.adapters.get(AwsService.LIGHTSAIL).listBackups(database.id()))
                        .stream()
                        .filter(s -> s.id().equals(job.serviceJobId()))
                        .count());
    }

    @Test
    void aNameCheckTheEndpointDoesNotImplementDoesNotBlockTheSnapshot() {
        sandbox.configure(c -> c.withUnsupportedOperations(List.of(LOOKUP)));
        app.ticker.tick();
        assertEquals(
                "Could not check the name now; it is checked again on Create.",
                dialog.nameCheckProperty().get());
        assertTrue(dialog.canCreateProperty().get());

        dialog.create();

        TrackedJob job = dialog.startedProperty().get();
        assertNotNull(job, dialog.generalMessageProperty().get());
        assertEquals(1, sandbox.count("lightsail:CreateRelationalDatabaseSnapshot"));
    }
}
