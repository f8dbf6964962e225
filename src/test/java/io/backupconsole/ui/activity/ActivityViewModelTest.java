package io.backupconsole.ui.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.awsbackup.AwsBackupModule;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.JobProgress;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.awsbackup.BackupJobRequest;
import io.backupconsole.domain.awsbackup.ResourceArns;
import io.backupconsole.domain.rules.AwsBackupRules;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.StandardServices;
import io.backupconsole.tracking.BackupSubmitter;
import io.backupconsole.tracking.JobJournal;
import io.backupconsole.tracking.JobTracker;
import io.backupconsole.tracking.PollCadence;
import io.backupconsole.tracking.TrackedJob;
import io.backupconsole.ui.activity.ActivityFilters.ServiceFilter;
import io.backupconsole.ui.activity.ActivityFilters.StateFilter;
import io.backupconsole.ui.common.Async;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The activity view model with a synchronous executor, a journal in a temp folder and the in-process sandbox. */
class ActivityViewModelTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private static final Instant NOW = Instant.parse("2025-06-14T12:00:00Z");

    private static ServiceAdapters adapters;

    @TempDir
    Path data;

    private JobJournal journal;
    private BackupSubmitter submitter;
    private JobTracker tracker;
    private final List<TrackedJob> opened = new ArrayList<>();
    private final List<TrackedJob> ended = new ArrayList<>();

    @BeforeAll
    static void connect() {
        adapters = sandbox.connect("us-east-1");
    }

    @AfterAll
    static void close() {
        adapters.close();
    }

    @BeforeEach
    void open() {
        journal = new JobJournal(data, Clock.systemUTC());
        journal.open();
        submitter = new BackupSubmitter(journal, Clock.systemUTC());
        tracker = new JobTracker(
                journal, (key, region) -> adapters, submitter, Clock.systemUTC(), new PollCadence(new Random(7)));
    }

    private ActivityViewModel model(Clock clock) {
        ActivityViewModel model = new ActivityViewModel(
                StandardServices.registry(),
                tracker,
                submitter,
                (key, region) -> adapters,
                Async.synchronous(),
                clock,
                opened::add);
        tracker.addListener(model::jobsChanged);
        model.onJobEnded(ended::add);
        return model;
    }

    private ActivityViewModel model() {
        return model(Clock.systemUTC());
    }

    private static TrackedJob job(String id, AwsService service, String name, Instant started, JobProgress progress) {
        String resourceId = service == AwsService.BACKUP
                ? "arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-" + id
                : name;
        return job(id, service, name, resourceId, started, progress);
    }

    private static TrackedJob job(
            String id, AwsService service, String name, String resourceId, Instant started, JobProgress progress) {
        BackupJobRequest awsBackup = service != AwsService.BACKUP
                ? null
                : new BackupJobRequest(
                        "Default",
                        resourceId,
                        "arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole",
                        null,
                        null,
                        null,
                        List.of(),
                        null,
                        "token-" + id);
        BackupRequest request =
                new BackupRequest(service, resourceId, name, "", "", List.of(), awsBackup, "token-" + id);
        return new TrackedJob(
                id, service, "sandbox", "us-east-1", resourceId, name, "svc-" + id, request, started, progress);
    }

    private static JobProgress progress(JobOutcome outcome, Double percent, String message, Instant observedAt) {
        return new JobProgress(outcome, outcome.name(), percent, null, message, observedAt);
    }

    private TrackedJob start(BackupRequest request) {
        TrackedJob job = submitter.submit(adapters.starter(request.service()), "sandbox", "us-east-1", request);
        tracker.started(job);
        return job;
    }

    private Resource eligible(AwsService service) {
        return adapters.get(service).listResources().stream()
                .filter(r -> r.eligibility().allowed())
                .filter(r -> service != AwsService.BACKUP
                        || ResourceArns.resourceType(r.id())
                                .map(AwsBackupRules::canStop)
                                .orElse(false))
                .findFirst()
                .orElseThrow();
    }

    private BackupRequest awsBackupRequest(Resource resource) {
        String vault =
                adapters.get(AwsBackupModule.ADAPTER).listVaults().getFirst().name();
        String token = BackupRequest.newToken();
        BackupJobRequest job = new BackupJobRequest(
                vault,
                resource.id(),
                AwsBackupRules.defaultServiceRole(SimulationContext.ACCOUNT_ID),
                60L,
                null,
                null,
                List.of(),
                null,
                token);
        return new BackupRequest(AwsService.BACKUP, resource.id(), resource.name(), "", "", List.of(), job, token);
    }

    /** Both services run one backup per resource: the first must end before it is retried. */
    private void awaitEnd(ActivityViewModel model, TrackedJob job) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    tracker.pollNow();
                    tracker.pollDue();
                    return row(model, job.id()).job().isFinished();
                });
    }

    private static ActivityRow row(ActivityViewModel model, String id) {
        return model.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(ActivityViewModel model) {
        return model.rows().stream().map(ActivityRow::id).toList();
    }

    @Test
    void filtersByServiceStateAndTextInAnyShownColumn() {
        journal.record(job("fsx-1", AwsService.FSX, "corp-shares", NOW, progress(JobOutcome.RUNNING, 10.0, "", NOW)));
        journal.record(job(
                "ls-1",
                AwsService.LIGHTSAIL,
                "orders-db",
                NOW.minusSeconds(60),
                progress(JobOutcome.SUCCEEDED, null, "", NOW)));
        journal.record(job(
                "bk-1",
                AwsService.BACKUP,
                "shared-home",
                NOW.minusSeconds(120),
                progress(JobOutcome.FAILED, null, "Access denied by the vault policy", NOW)));
        ActivityViewModel model = model(Clock.fixed(NOW, ZoneOffset.UTC));
        assertEquals(3, model.rows().size());

        model.serviceFilterProperty().set(new ServiceFilter(AwsService.LIGHTSAIL));
        assertEquals(List.of("ls-1"), ids(model));
        model.serviceFilterProperty().set(ServiceFilter.ALL);
        model.stateFilterProperty().set(StateFilter.FAILED);
        assertEquals(List.of("bk-1"), ids(model));
        model.stateFilterProperty().set(StateFilter.ALL);

        model.filterTextProperty().set("ACCESS DENIED");
        assertEquals(List.of("bk-1"), ids(model), "the message column");
        model.filterTextProperty().set("amazon fsx");
        assertEquals(List.of("fsx-1"), ids(model), "the service column");
        model.filterTextProperty().set("2 min ago");
        assertEquals(List.of("bk-1"), ids(model), "the started column, in the words it shows");
        model.filterTextProperty().set("succeeded");
        assertEquals(List.of("ls-1"), ids(model), "the state column");
    }

    @Test
    void runningJobsComeFirstThenTheNewestAndAChangeReSortsWithoutLosingTheRow() {
        journal.record(job(
                "old-done",
                AwsService.FSX,
                "a",
                NOW.minusSeconds(300),
                progress(JobOutcome.SUCCEEDED, 100.0, "", NOW)));
        journal.record(
                job("old-run", AwsService.FSX, "b", NOW.minusSeconds(200), progress(JobOutcome.RUNNING, 5.0, "", NOW)));
        journal.record(job(
                "new-done", AwsService.FSX, "c", NOW.minusSeconds(100), progress(JobOutcome.FAILED, null, "", NOW)));
        TrackedJob newRun = job("new-run", AwsService.FSX, "d", NOW, progress(JobOutcome.RUNNING, 1.0, "", NOW));
        journal.record(newRun);
        ActivityViewModel model = model(Clock.fixed(NOW, ZoneOffset.UTC));
        assertEquals(List.of("new-run", "old-run", "new-done", "old-done"), ids(model));

        ActivityRow row = row(model, "new-run");
        model.jobsChanged(List.of(newRun.withProgress(progress(JobOutcome.SUCCEEDED, 100.0, "", NOW))));

        assertEquals(List.of("old-run", "new-run", "new-done", "old-done"), ids(model));
        assertTrue(row == row(model, "new-run"), "the same row object: the table keeps its selection");
        assertEquals(
                List.of("new-run"), ended.stream().map(TrackedJob::id).toList(), "told once, for the notification");
    }

    @Test
    void progressBarsAndEtaFollowWhatTheServiceReports() {
        Instant started = NOW.minusSeconds(120);
        journal.record(
                job("pct", AwsService.FSX, "a", started, progress(JobOutcome.RUNNING, 40.0, "", NOW.minusSeconds(30))));
        journal.record(job("none", AwsService.OPSWORKS_CM, "b", started, progress(JobOutcome.RUNNING, null, "", NOW)));
        journal.record(job("done", AwsService.FSX, "c", started, progress(JobOutcome.SUCCEEDED, 100.0, "", NOW)));
        journal.record(
                job("failed", AwsService.LIGHTSAIL, "d", started, progress(JobOutcome.FAILED, null, "boom", NOW)));
        ActivityViewModel model = model(Clock.fixed(NOW, ZoneOffset.UTC));

        ActivityRow.Values pct = row(model, "pct").values();
        assertEquals(0.4, pct.progress(), 1e-9);
        assertEquals("40 %", pct.percent());
        // 90 s for 40 % → 135 s left at that poll, 30 s of which have passed since.
        assertEquals("about 2 min", pct.eta());
        ActivityRow.Values none = row(model, "none").values();
        assertEquals(ActivityRow.INDETERMINATE, none.progress());
        assertEquals("—", none.eta());
        assertEquals("", none.percent());
        ActivityRow.Values done = row(model, "done").values();
        assertEquals(1.0, done.progress());
        assertTrue(done.barVisible());
        assertEquals("", done.eta());
        assertFalse(row(model, "failed").values().barVisible(), "no full bar for a backup that failed");
        assertEquals("Failed", row(model, "failed").values().state());
        assertEquals("boom", row(model, "failed").values().message());
    }

    @Test
    void stopsARunningAwsBackupJobThroughTheTrackersConnection() {
        sandbox.configure(c -> c.withTimeScale(1.0));
        ActivityViewModel model = model();
        TrackedJob job = start(awsBackupRequest(eligible(AwsService.BACKUP)));
        model.selectedProperty().set(row(model, job.id()));
        assertTrue(
                model.stopProperty().getValue().allowed(),
                model.stopProperty().getValue().reason());

        model.stop();

        assertEquals(1, sandbox.count("backup:StopBackupJob"));
        assertTrue(
                model.messageProperty().get().startsWith("Asked AWS Backup to stop"),
                model.messageProperty().get());
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    tracker.pollDue();
                    String state = row(model, job.id()).job().progress().stateText();
                    return state.equals("ABORTING") || state.equals("ABORTED");
                });
    }

    @Test
    void stopIsRefusedWithTheReasonForFsxBackupsAndForAwsBackupJobsOfFsx() {
        journal.record(job("fsx", AwsService.FSX, "corp-shares", NOW, progress(JobOutcome.RUNNING, 10.0, "", NOW)));
        journal.record(job(
                "bk-fsx",
                AwsService.BACKUP,
                "corp-shares",
                "arn:aws:fsx:us-east-1:123456789012:file-system/fs-0a1b2c3d4e5f60001",
                NOW,
                progress(JobOutcome.RUNNING, 10.0, "", NOW)));
        ActivityViewModel model = model();

        model.selectedProperty().set(row(model, "fsx"));
        assertFalse(model.stopProperty().getValue().allowed());
        assertEquals(
                "Amazon FSx cannot cancel a backup once it has started.",
                model.actionHintProperty().getValue());
        model.selectedProperty().set(row(model, "bk-fsx"));
        assertFalse(model.stopProperty().getValue().allowed());
        assertTrue(
                model.actionHintProperty().getValue().contains("FSx"),
                model.actionHintProperty().getValue());

        model.stop();
        assertEquals(0, sandbox.count("backup:StopBackupJob"), "nothing sent");
    }

    @Test
    void retryStartsANewJobWithTheSameParametersAndAFreeSnapshotName() {
        ActivityViewModel model = model();
        Resource db = eligible(AwsService.LIGHTSAIL);
        TrackedJob first = start(new BackupRequest(
                AwsService.LIGHTSAIL, db.id(), db.name(), db.id() + "-nightly", "", List.of(), null, null));
        awaitEnd(model, first);
        TrackedJob failed = first.withProgress(progress(JobOutcome.FAILED, null, "disk full", Instant.now()));
        journal.record(failed);
        model.jobsChanged(List.of(failed));
        model.selectedProperty().set(row(model, failed.id()));
        assertTrue(model.retryProperty().getValue().allowed());

        model.retry();

        assertEquals(2, model.rows().size(), model.messageProperty().get());
        TrackedJob retried = model.rows().getFirst().job();
        assertNotEquals(failed.id(), retried.id());
        assertEquals(JobOutcome.RUNNING, retried.progress().outcome());
        assertEquals(db.id(), retried.resourceId());
        assertEquals(db.id() + "-nightly-retry-1", retried.request().name());
        assertNotEquals(first.request().idempotencyToken(), retried.request().idempotencyToken());
        assertTrue(
                model.messageProperty().get().startsWith("Started a new backup"),
                model.messageProperty().get());
    }

    @Test
    void retryOfAnAwsBackupJobKeepsVaultRoleAndWindowsWithAFreshToken() {
        ActivityViewModel model = model();
        TrackedJob first = start(awsBackupRequest(eligible(AwsService.BACKUP)));
        awaitEnd(model, first);
        TrackedJob aborted = first.withProgress(progress(JobOutcome.ABORTED, null, "", Instant.now()));
        journal.record(aborted);
        model.jobsChanged(List.of(aborted));
        model.selectedProperty().set(row(model, aborted.id()));

        model.retry();

        TrackedJob retried = model.rows().getFirst().job();
        BackupJobRequest before = first.request().awsBackup();
        BackupJobRequest after = retried.request().awsBackup();
        assertNotEquals(first.id(), retried.id(), model.messageProperty().get());
        assertEquals(before.backupVaultName(), after.backupVaultName());
        assertEquals(before.resourceArn(), after.resourceArn());
        assertEquals(before.iamRoleArn(), after.iamRoleArn());
        assertEquals(before.startWindowMinutes(), after.startWindowMinutes());
        assertNotEquals(before.idempotencyToken(), after.idempotencyToken());
    }

    @Test
    void retryIsRefusedForRunningOrSucceededJobs() {
        journal.record(job("run", AwsService.FSX, "a", NOW, progress(JobOutcome.RUNNING, 1.0, "", NOW)));
        journal.record(job("ok", AwsService.FSX, "b", NOW, progress(JobOutcome.SUCCEEDED, 100.0, "", NOW)));
        ActivityViewModel model = model();
        model.selectedProperty().set(row(model, "ok"));
        assertFalse(model.retryProperty().getValue().allowed());
        assertTrue(model.actionHintProperty().getValue().contains("nothing to retry"));
        model.selectedProperty().set(null);
        assertEquals(
                "Select a backup to stop, retry or open it.",
                model.actionHintProperty().getValue());
    }

    @Test
    void clearFinishedKeepsOnlyRunningJobsInTheTableAndTheJournal() {
        journal.record(job("run", AwsService.FSX, "a", NOW, progress(JobOutcome.RUNNING, 1.0, "", NOW)));
        journal.record(job("ok", AwsService.FSX, "b", NOW, progress(JobOutcome.SUCCEEDED, 100.0, "", NOW)));
        journal.record(job("bad", AwsService.BACKUP, "c", NOW, progress(JobOutcome.FAILED, null, "", NOW)));
        ActivityViewModel model = model();

        model.clearFinished();

        assertEquals(List.of("run"), ids(model));
        assertEquals(
                List.of("run"),
                new JobJournal(data, Clock.systemUTC())
                        .open().jobs().stream().map(TrackedJob::id).toList());
    }

    @Test
    void exportsTheShownJobsAsCsvAndJson() throws Exception {
        journal.record(job("a", AwsService.FSX, "corp-shares", NOW, progress(JobOutcome.RUNNING, 42.5, "", NOW)));
        journal.record(job(
                "b",
                AwsService.LIGHTSAIL,
                "orders-db",
                NOW.minusSeconds(60),
                progress(JobOutcome.FAILED, null, "Quota \"snapshots\" reached, try later", NOW)));
        ActivityViewModel model = model(Clock.fixed(NOW, ZoneOffset.UTC));
        Path csv = data.resolve("jobs.csv");
        Path json = data.resolve("jobs.json.export");

        model.exportCsv(csv);
        model.exportJson(json);

        List<String> lines = Files.readAllLines(csv);
        assertEquals(
                "id,service,connection,region,resourceId,resourceName,serviceJobId,started,state,outcome,percent,message",
                lines.get(0));
        assertEquals(
                "a,fsx,sandbox,us-east-1,corp-shares,corp-shares,svc-a,2025-06-14T12:00:00Z,RUNNING,RUNNING,42.5,",
                lines.get(1));
        assertEquals(
                "b,lightsail,sandbox,us-east-1,orders-db,orders-db,svc-b,2025-06-14T11:59:00Z,FAILED,FAILED,,"
                        + "\"Quota \"\"snapshots\"\" reached, try later\"",
                lines.get(2));
        JsonNode exported = JsonMapper.builder().build().readTree(json.toFile());
        assertEquals(2, exported.size());
        assertEquals("corp-shares", exported.get(0).get("resourceName").asText());
        assertEquals(42.5, exported.get(0).get("percent").asDouble());
        assertEquals(
                "Quota \"snapshots\" reached, try later",
                exported.get(1).get("message").asText());
        assertTrue(
                model.messageProperty().get().startsWith("Exported 2 backups"),
                model.messageProperty().get());

        model.serviceFilterProperty().set(new ServiceFilter(AwsService.FSX));
        model.exportCsv(csv);
        assertEquals(2, Files.readAllLines(csv).size(), "the filters apply to the export");
    }

    @Test
    void chartCountsBackupsPerDayByOutcomeForTwoWeeks() {
        journal.record(job("today-ok", AwsService.FSX, "a", NOW, progress(JobOutcome.SUCCEEDED, 100.0, "", NOW)));
        journal.record(job("today-bad", AwsService.FSX, "b", NOW, progress(JobOutcome.FAILED, null, "", NOW)));
        journal.record(job(
                "3d-ok",
                AwsService.FSX,
                "c",
                NOW.minus(Duration.ofDays(3)),
                progress(JobOutcome.SUCCEEDED, 100.0, "", NOW)));
        journal.record(job(
                "3d-ok2",
                AwsService.FSX,
                "d",
                NOW.minus(Duration.ofDays(3)),
                progress(JobOutcome.SUCCEEDED, 100.0, "", NOW)));
        journal.record(job(
                "old",
                AwsService.FSX,
                "e",
                NOW.minus(Duration.ofDays(20)),
                progress(JobOutcome.SUCCEEDED, 100.0, "", NOW)));
        ActivityViewModel model = model(Clock.fixed(NOW, ZoneOffset.UTC));

        ActivityChartData chart = model.chartProperty().get();
        assertEquals(14, chart.days().size());
        assertEquals("Jun 1", chart.days().getFirst());
        assertEquals("Jun 14", chart.days().getLast());
        ActivityChartData.Series succeeded = chart.series().getFirst();
        assertEquals("Succeeded", succeeded.name());
        assertEquals(3, succeeded.total(), "the one 20 days ago is outside the chart");
        assertEquals(2, succeeded.counts().get(10));
        assertEquals(1, succeeded.counts().get(13));
        assertEquals(
                1,
                chart.series().stream()
                        .filter(s -> s.name().startsWith("Failed"))
                        .findFirst()
                        .orElseThrow()
                        .counts()
                        .get(13));
    }

    @Test
    void openResourceHandsTheSelectedJobToTheShell() {
        journal.record(job("a", AwsService.FSX, "corp-shares", NOW, progress(JobOutcome.RUNNING, 1.0, "", NOW)));
        ActivityViewModel model = model();
        model.selectedProperty().set(row(model, "a"));
        model.openResource();
        assertEquals(List.of("a"), opened.stream().map(TrackedJob::id).toList());
    }
}
