package io.backupconsole.ui.lightsail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.Resource;
import io.backupconsole.sandbox.ForcedError;
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
    private static final String CREATE = "lightsail:CreateRelationalDatabaseSnapshot";

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

    /** Lightsail answers every CreateRelationalDatabaseSnapshot with this error, before taking effect. */
    private static void answerCreatesWith(int status, String code, String message) {
        sandbox.configure(c -> c.withForcedErrors(List.of(new ForcedError(CREATE, status, code, message))));
    }

    @Test
    void anAccountStillBeingSetUpIsARefusalThatLeavesTheDialogFree() {
        app.ticker.tick();
        answerCreatesWith(400, "AccountSetupInProgressException", null);

        dialog.create();

        assertNull(dialog.startedProperty().get());
        assertFalse(dialog.lockedProperty().get(), "a 4xx answer: nothing was made, nothing to resend");
        assertEquals(
                "Lightsail is still setting up this account; try again in a few minutes."
                        + " (AccountSetupInProgressException)",
                dialog.generalMessageProperty().get());
        assertTrue(app.journal.jobs().isEmpty(), "a refused request is not a job");
        assertEquals(1, sandbox.count(CREATE));

        sandbox.configure(c -> c.withForcedErrors(List.of()));
        dialog.create();

        assertNotNull(
                dialog.startedProperty().get(), dialog.generalMessageProperty().get());
        assertEquals(1, app.journal.jobs().size());
    }

    @Test
    void aRefusalWithACodeNoModelListsIsShownInLightsailsWordsAndMakesNoJob() {
        app.ticker.tick();
        answerCreatesWith(400, "SnapshotsPausedException", "Snapshots are paused for this account until Monday.");

        dialog.create();

        assertNull(dialog.startedProperty().get());
        assertFalse(dialog.lockedProperty().get());
        assertEquals(
                "Snapshots are paused for this account until Monday. (SnapshotsPausedException)",
                dialog.generalMessageProperty().get());
        assertTrue(app.journal.jobs().isEmpty());
        assertTrue(dialog.canCreateProperty().get(), "the user may change the input and create again");
    }

    @Test
    void aServerErrorLocksTheDialogAndCreateSendsTheSameRequestAgain() {
        app.ticker.tick();
        answerCreatesWith(503, "SnapshotBackendOverloaded", "Please retry.");

        dialog.create();

        assertNull(dialog.startedProperty().get());
        assertTrue(dialog.lockedProperty().get(), "a 5xx answer: the snapshot may have been started");
        assertTrue(
                dialog.generalMessageProperty().get().startsWith("No clear answer from the service"),
                dialog.generalMessageProperty().get());
        TrackedJob pending = app.journal.jobs().getFirst();
        assertEquals(JobOutcome.SUBMITTING, pending.progress().outcome());

        sandbox.configure(c -> c.withForcedErrors(List.of()));
        dialog.create();

        TrackedJob job = dialog.startedProperty().get();
        assertNotNull(job, dialog.generalMessageProperty().get());
        assertEquals(pending.id(), job.id());
        assertEquals(pending.request(), job.request(), "the very same request");
        assertFalse(dialog.lockedProperty().get());
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
