package io.backupconsole.ui.awsbackup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.awsbackup.AwsBackupAdapter;
import io.backupconsole.aws.awsbackup.AwsBackupModule;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.domain.awsbackup.BackupJobStatus;
import io.backupconsole.domain.awsbackup.BackupVault;
import io.backupconsole.domain.awsbackup.RecoveryPointLifecycle;
import io.backupconsole.domain.rules.AwsBackupRules;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.testsupport.DialogTestContext;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.tracking.TrackedJob;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.create.BackupDialogContext;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The AWS Backup create-backup dialog's view model against the in-process sandbox (synchronous executor). */
class AwsBackupDialogViewModelTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private static final String ACCOUNT = "123456789012";

    @TempDir
    Path data;

    DialogTestContext app;
    AwsBackupAdapter backup;
    /** The seed's resources by their names in full answers: sparse answers name nothing. */
    Map<String, String> ids;

    @BeforeEach
    void open() {
        app = new DialogTestContext(sandbox, data);
        backup = app.adapters.get(AwsBackupModule.ADAPTER);
        ids = sandbox.idsByName(AwsService.BACKUP);
    }

    @AfterEach
    void close() {
        app.close();
    }

    Resource named(String name) {
        String id = ids.getOrDefault(name, name);
        return backup.listResources().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    AwsBackupDialogViewModel dialogFor(String name) {
        return new AwsBackupDialogViewModel(named(name), app.context);
    }

    static String message(AwsBackupDialogViewModel dialog, String field) {
        dialog.touch(field);
        return dialog.messageFor(field).get();
    }

    /** Read from full answers: a sparse job does not say its resource. */
    List<BackupJobStatus> jobsOf(String resourceArn, Instant since) {
        return sandbox.withFullAnswers(() -> backup.listJobs(since, null).stream()
                .filter(job -> resourceArn.equals(job.resourceArn()))
                .toList());
    }

    static void loseEveryAnswerOf(String operation) {
        sandbox.configure(c -> new SandboxConfig(c.timeScale(), 0, 0, 0, 0, 1.0, List.of(operation), c.seed())
                .withSparseResponses(c.sparseResponses()));
    }

    @Test
    void theDefaultsAreValidOnceTheVaultsHaveLoaded() {
        List<Runnable> background = new ArrayList<>();
        BackupDialogContext slow = new BackupDialogContext(
                app.connection,
                new Async(background::add, Runnable::run),
                app.context.submitter(),
                app.journal,
                app.ticker,
                app.context.clock());
        Resource efs = named("shared-home");

        AwsBackupDialogViewModel dialog = new AwsBackupDialogViewModel(efs, slow);

        assertTrue(dialog.vaults().loadingProperty().get());
        assertEquals("Loading vaults…", dialog.vaults().statusProperty().get());
        assertFalse(dialog.canCreateProperty().get(), "nothing to send to before a vault is chosen");
        background.forEach(Runnable::run);

        assertFalse(dialog.vaults().loadingProperty().get());
        assertEquals("", dialog.vaults().statusProperty().get());
        assertEquals("Default", dialog.vaults().selectedProperty().get().name());
        assertFalse(
                dialog.vaults().vaults().stream().anyMatch(v -> v.name().equals("airgapped-archive")),
                "a logically air-gapped vault is not taken by name");
        assertEquals(efs.id(), dialog.resourceArnProperty().get());
        assertEquals("EFS", dialog.resourceTypeProperty().get());
        assertEquals(
                AwsBackupRules.defaultServiceRole(ACCOUNT),
                dialog.roleProperty().get());
        assertEquals("", dialog.roleWarningProperty().get());
        assertEquals("480", dialog.startWindowProperty().get());
        assertEquals(List.of(), dialog.violationsProperty().get());
        assertTrue(dialog.canCreateProperty().get());
        assertEquals("Back up shared-home", dialog.title());
    }

    @Test
    void vaultsThatCannotBeListedAreReportedWithRetry() {
        sandbox.configure(
                c -> new SandboxConfig(c.timeScale(), 0, 0, 0, 1.0, 0, List.of("backup:ListBackupVaults"), c.seed())
                        .withSparseResponses(c.sparseResponses()));
        AwsBackupDialogViewModel dialog = dialogFor("shared-home");

        assertTrue(dialog.vaults().failedProperty().get());
        assertTrue(
                dialog.vaults().statusProperty().get().startsWith("Could not list the backup vaults"),
                dialog.vaults().statusProperty().get());
        assertFalse(dialog.canCreateProperty().get());

        sandbox.configure(c -> sandbox.testConfig());
        dialog.vaults().load();
        assertFalse(dialog.vaults().failedProperty().get());
        assertTrue(dialog.canCreateProperty().get());
    }

    @Test
    void aStartWindowUnderAnHourIsExplainedAndBlocksCreate() {
        AwsBackupDialogViewModel dialog = dialogFor("shared-home");

        dialog.startWindowProperty().set("59");

        assertFalse(dialog.canCreateProperty().get());
        assertEquals(
                "", dialog.messageFor(AwsBackupDialogViewModel.START_WINDOW).get(), "quiet until touched");
        assertEquals(
                "Start window must be between 60 and 52560000 minutes (it is 59).",
                message(dialog, AwsBackupDialogViewModel.START_WINDOW));
        dialog.startWindowProperty().set("an hour");
        assertEquals(
                "Start window must be a whole number of minutes (\"an hour\" is not).",
                message(dialog, AwsBackupDialogViewModel.START_WINDOW));
        dialog.startWindowProperty().set("60");
        assertEquals("", message(dialog, AwsBackupDialogViewModel.START_WINDOW));
        assertTrue(dialog.canCreateProperty().get());
    }

    @Test
    void aCompleteWindowMustBeLongerThanTheStartWindow() {
        AwsBackupDialogViewModel dialog = dialogFor("shared-home");

        dialog.completeWindowProperty().set("480");

        assertFalse(dialog.canCreateProperty().get());
        assertEquals(
                "Complete window (480 minutes) must be longer than the start window (480 minutes).",
                message(dialog, AwsBackupDialogViewModel.COMPLETE_WINDOW));
        dialog.completeWindowProperty().set("481");
        assertTrue(dialog.canCreateProperty().get());
    }

    @Test
    void retentionMustLastNinetyDaysBeyondColdStorage() {
        AwsBackupDialogViewModel dialog = dialogFor("shared-home");

        dialog.lifecycle().coldStorageDaysProperty().set("30");
        dialog.lifecycle().deleteDaysProperty().set("119");
        assertEquals("", dialog.lifecycle().coldStorageWarningProperty().get(), "EFS has cold storage");

        assertFalse(dialog.canCreateProperty().get());
        assertEquals(
                "Retention (119 days) must be at least 90 days longer than the days before cold storage (30), "
                        + "so at least 120 days.",
                message(dialog, LifecycleFields.DELETE));
        dialog.lifecycle().deleteDaysProperty().set("120");
        assertTrue(dialog.canCreateProperty().get());
    }

    @Test
    void aLockedVaultAsksForItsRetentionAtOnce() {
        AwsBackupDialogViewModel dialog = dialogFor("shared-home");

        dialog.vaults()
                .selectedProperty()
                .set(dialog.vaults().vaults().stream()
                        .filter(v -> v.name().equals("compliance-locked"))
                        .findFirst()
                        .orElseThrow());

        assertFalse(dialog.canCreateProperty().get());
        assertEquals(
                "The vault is locked with a maximum retention of 365 days; set a retention of at most 365 days.",
                dialog.messageFor(LifecycleFields.DELETE).get(),
                "shown without touching the retention field");
        assertEquals(
                "compliance-locked (locked: keep 7–365 days)",
                VaultChoice.label(dialog.vaults().selectedProperty().get()));
        dialog.lifecycle().deleteDaysProperty().set("365");
        assertTrue(dialog.canCreateProperty().get());
    }

    @Test
    void coldStorageForATypeThatHasNoneIsAWarningAndTheJobStarts() {
        Instant since = Instant.now().minusSeconds(60);
        AwsBackupDialogViewModel dialog = dialogFor("corp-shares");
        assertEquals("FSx", dialog.resourceTypeProperty().get());
        assertEquals("", dialog.lifecycle().coldStorageWarningProperty().get(), "nothing typed, nothing to say");

        dialog.lifecycle().coldStorageDaysProperty().set("30");
        dialog.lifecycle().deleteDaysProperty().set("35");

        assertEquals(
                "FSx file system backups have no cold storage: AWS Backup ignores the 30 days before cold storage"
                        + " and keeps the recovery point in warm storage.",
                dialog.lifecycle().coldStorageWarningProperty().get());
        assertEquals(List.of(), dialog.violationsProperty().get());
        assertTrue(dialog.canCreateProperty().get(), "a warning, not a refusal");
        dialog.create();

        TrackedJob job = dialog.startedProperty().get();
        assertNotNull(job, dialog.generalMessageProperty().get());
        assertEquals(
                new RecoveryPointLifecycle(30L, 35L), job.request().awsBackup().lifecycle(), "sent as typed");
        assertEquals(
                List.of(job.serviceJobId()),
                jobsOf(named("corp-shares").id(), since).stream()
                        .map(BackupJobStatus::jobId)
                        .toList(),
                "the sandbox accepted it, as AWS Backup does");
    }

    @Test
    void windowsVssIsOfferedForEc2InstancesOnly() {
        assertTrue(dialogFor("win-fileserver").windowsVssAvailableProperty().get());
        assertFalse(dialogFor("build-cache").windowsVssAvailableProperty().get());
        assertFalse(dialogFor("shared-home").windowsVssAvailableProperty().get());
    }

    @Test
    void windowsVssForALinuxInstanceIsRefusedByTheServiceNextToTheCheckbox() {
        // ListProtectedResources does not tell the platform, so the dialog offers VSS and AWS Backup refuses it.
        AwsBackupDialogViewModel dialog = dialogFor("web-01");
        dialog.windowsVssProperty().set(true);

        dialog.create();

        assertNull(dialog.startedProperty().get());
        assertTrue(
                dialog.messageFor(AwsBackupDialogViewModel.WINDOWS_VSS)
                        .get()
                        .contains("Windows VSS backups are only for EC2 Windows instances"),
                dialog.messageFor(AwsBackupDialogViewModel.WINDOWS_VSS).get());
        assertTrue(dialog.windowsVssProperty().get(), "the input is kept");
        assertTrue(app.journal.jobs().isEmpty());
    }

    @Test
    void aRoleNotNamedForAwsBackupIsAHintNotAnError() {
        AwsBackupDialogViewModel dialog = dialogFor("shared-home");

        dialog.roleProperty().set("arn:aws:iam::" + ACCOUNT + ":role/Admin");
        assertTrue(dialog.roleWarningProperty().get().startsWith("Role \"Admin\" does not contain AWSBackup"));
        assertTrue(dialog.canCreateProperty().get());

        dialog.roleProperty().set("Admin");
        assertTrue(message(dialog, AwsBackupDialogViewModel.ROLE).startsWith("IAM role ARN must look like"));
        assertFalse(dialog.canCreateProperty().get());
    }

    @Test
    void theTypeAndTheDefaultRoleFollowATypedArn() {
        AwsBackupDialogViewModel dialog = dialogFor("shared-home");

        dialog.resourceArnProperty().set("arn:aws:ec2:us-east-1:210987654321:instance/i-0123456789abcdef0");

        assertEquals("EC2", dialog.resourceTypeProperty().get());
        assertTrue(dialog.windowsVssAvailableProperty().get());
        dialog.lifecycle().coldStorageDaysProperty().set("30");
        assertTrue(
                dialog.lifecycle().coldStorageWarningProperty().get().startsWith("EC2 instance backups have no cold"),
                dialog.lifecycle().coldStorageWarningProperty().get());
        dialog.lifecycle().coldStorageDaysProperty().set("");
        assertEquals(
                AwsBackupRules.defaultServiceRole("210987654321"),
                dialog.roleProperty().get());
        dialog.resourceArnProperty().set("not an arn");
        assertTrue(message(dialog, AwsBackupDialogViewModel.RESOURCE_ARN).contains("is not an ARN"));
        assertFalse(dialog.canCreateProperty().get());
    }

    @Test
    void recoveryPointTagsAreCheckedByTheRulesOfAwsBackup() {
        AwsBackupDialogViewModel dialog = dialogFor("shared-home");

        dialog.tags().paste("aws:owner=ops");

        assertFalse(dialog.canCreateProperty().get());
        assertTrue(
                dialog.tags().rows().get(0).keyMessageProperty().get().contains("aws:"),
                dialog.tags().rows().get(0).keyMessageProperty().get());
    }

    @Test
    void createStartsAJobThatTheServiceListsAndTheJournalHolds() {
        Instant since = Instant.now().minusSeconds(60);
        AwsBackupDialogViewModel dialog = dialogFor("shared-home");
        dialog.lifecycle().coldStorageDaysProperty().set("30");
        dialog.lifecycle().deleteDaysProperty().set("120");
        dialog.tags().paste("team=platform");

        dialog.create();

        TrackedJob job = dialog.startedProperty().get();
        assertNotNull(job, dialog.generalMessageProperty().get());
        assertEquals(JobOutcome.RUNNING, job.progress().outcome());
        assertEquals(
                List.of(job.serviceJobId()),
                jobsOf(named("shared-home").id(), since).stream()
                        .map(BackupJobStatus::jobId)
                        .toList());
        assertEquals(List.of(job), app.journal.jobs());
        var sent = job.request().awsBackup();
        assertEquals(job.request().idempotencyToken(), sent.idempotencyToken());
        assertEquals("Default", sent.backupVaultName());
        assertEquals(480L, sent.startWindowMinutes());
        assertEquals(new RecoveryPointLifecycle(30L, 120L), sent.lifecycle());
        assertEquals(List.of(new Tag("team", "platform")), sent.recoveryPointTags());
        assertEquals(List.of(new Tag("team", "platform")), job.request().tags());
        assertEquals(Map.of(), sent.backupOptions());
    }

    @Test
    void aLostAnswerLocksTheDialogAndCreateAgainStartsExactlyOneJob() {
        Instant since = Instant.now().minusSeconds(60);
        AwsBackupDialogViewModel dialog = dialogFor("shared-home");
        loseEveryAnswerOf("backup:StartBackupJob");

        dialog.create();

        assertNull(dialog.startedProperty().get());
        assertTrue(dialog.lockedProperty().get());
        assertTrue(
                dialog.generalMessageProperty().get().startsWith("No clear answer from the service"),
                dialog.generalMessageProperty().get());
        assertTrue(dialog.canCreateProperty().get(), "Create sends the same request again");
        String token = app.journal.jobs().getFirst().request().idempotencyToken();

        sandbox.configure(c -> sandbox.testConfig());
        dialog.create();

        TrackedJob job = dialog.startedProperty().get();
        assertNotNull(job, dialog.generalMessageProperty().get());
        assertFalse(dialog.lockedProperty().get());
        assertEquals(token, job.request().idempotencyToken());
        assertEquals(token, job.request().awsBackup().idempotencyToken());
        assertEquals(
                List.of(job.serviceJobId()),
                jobsOf(job.resourceId(), since).stream()
                        .map(BackupJobStatus::jobId)
                        .toList());
        assertEquals(1, app.journal.jobs().size());
    }

    @Test
    void aVaultThatNoLongerExistsIsRefusedNextToTheVaultWithTheInputKept() {
        AwsBackupDialogViewModel dialog = dialogFor("shared-home");
        BackupVault gone = new BackupVault(
                "deleted-since",
                "arn:aws:backup:us-east-1:" + ACCOUNT + ":backup-vault:deleted-since",
                "BACKUP_VAULT",
                false,
                null,
                null,
                0L,
                false);
        dialog.vaults().selectedProperty().set(gone);
        dialog.startWindowProperty().set("90");

        dialog.create();

        assertNull(dialog.startedProperty().get());
        assertEquals(
                "Backup vault deleted-since does not exist in this region. Refresh the list; it may have been deleted."
                        + " (ResourceNotFoundException)",
                dialog.messageFor(AwsBackupDialogViewModel.VAULT).get());
        assertEquals("", dialog.generalMessageProperty().get());
        assertEquals("90", dialog.startWindowProperty().get());
        assertTrue(dialog.canCreateProperty().get(), "the user may pick another vault and try again");
        assertTrue(app.journal.jobs().isEmpty());
    }

    @Test
    void aTypedArnTheServiceDoesNotKnowIsRefusedNextToTheArn() {
        AwsBackupDialogViewModel dialog = dialogFor("shared-home");
        dialog.resourceArnProperty()
                .set("arn:aws:elasticfilesystem:us-east-1:" + ACCOUNT + ":file-system/fs-0000000000000dead");

        dialog.create();

        assertNull(dialog.startedProperty().get());
        assertTrue(
                dialog.messageFor(AwsBackupDialogViewModel.RESOURCE_ARN).get().contains("was not found"),
                dialog.messageFor(AwsBackupDialogViewModel.RESOURCE_ARN).get());
    }

    @Test
    void serviceErrorsWithoutAContextAreStillPlacedByWhatTheyName() {
        AwsBackupDialogViewModel dialog = dialogFor("shared-home");

        assertEquals(AwsBackupDialogViewModel.ROLE, dialog.fieldOf(failure("", "Invalid role arn: not authorized")));
        assertEquals(AwsBackupDialogViewModel.VAULT, dialog.fieldOf(failure("", "Backup vault x is not available")));
        assertEquals(
                AwsBackupDialogViewModel.START_WINDOW, dialog.fieldOf(failure("", "StartWindowMinutes is too small")));
        assertEquals(AwsBackupDialogViewModel.WINDOWS_VSS, dialog.fieldOf(failure("BackupOptions", "bad option")));
        assertEquals("", dialog.fieldOf(failure("", "Something else went wrong")));
    }

    private static ServiceFailure failure(String field, String message) {
        return new ServiceFailure(
                ServiceFailure.Kind.INVALID_INPUT, "InvalidParameterValueException", message, field, null);
    }
}
