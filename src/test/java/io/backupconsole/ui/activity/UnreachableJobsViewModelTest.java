package io.backupconsole.ui.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.JobProgress;
import io.backupconsole.domain.Resource;
import io.backupconsole.sandbox.Sandbox;
import io.backupconsole.testsupport.MovableClock;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.StandardServices;
import io.backupconsole.tracking.AdaptersProvider;
import io.backupconsole.tracking.BackupSubmitter;
import io.backupconsole.tracking.ConnectionPool;
import io.backupconsole.tracking.JobJournal;
import io.backupconsole.tracking.JobTracker;
import io.backupconsole.tracking.PollCadence;
import io.backupconsole.tracking.TrackedJob;
import io.backupconsole.ui.activity.ActivityFilters.StateFilter;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.shell.StatusBarViewModel;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The activity window and the status bar when a job's endpoint stops: after the tracker's three minutes the job
 * shows "Unreachable: reason" and is counted apart from the running ones, and once its endpoint answers again it is
 * counted as running again. View models with a synchronous executor, fed by the real tracker as the app wires it; the
 * tracker's clock is the test's.
 */
class UnreachableJobsViewModelTest {
    private static final String REGION = "us-east-1";

    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @TempDir
    Path data;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private ServiceAdapters sandboxAdapters;
    private ConnectionPool pool;
    private int closedPort;
    private JobTracker tracker;
    private ActivityViewModel activity;
    private final StatusBarViewModel status = new StatusBarViewModel();
    private BackupSubmitter submitter;
    private TrackedJob unreachable;

    @BeforeEach
    void aRunningJobOnAnEndpointThatIsDown() throws Exception {
        // Real time in the sandbox: its backup keeps running while the test moves the tracker's clock by minutes.
        sandbox.configure(c -> c.withTimeScale(1.0));
        sandboxAdapters = sandbox.connect(REGION);
        try (ServerSocket free = new ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        pool = new ConnectionPool(
                StandardServices.registry(),
                () -> {
                    throw new IllegalStateException("no built-in sandbox here");
                },
                sandbox.clientFactory()::connect);
        AdaptersProvider adapters =
                (key, region) -> key.equals("sandbox") ? sandboxAdapters : pool.adaptersFor(key, region);
        JobJournal journal = new JobJournal(data, clock);
        journal.open();
        submitter = new BackupSubmitter(journal, clock);
        tracker = new JobTracker(journal, adapters, submitter, clock, new PollCadence(new Random(9)));

        BackupRequest elsewhere =
                new BackupRequest(AwsService.FSX, "fs-0a1b2c3d4e5f69999", "far-away", "", "", List.of(), null, null);
        unreachable = TrackedJob.submitting(
                        "endpoint:http://127.0.0.1:" + closedPort, REGION, elsewhere, clock.instant())
                .withServiceJobId("backup-0a1b2c3d4e5f69999")
                .withProgress(new JobProgress(JobOutcome.RUNNING, "CREATING", 40.0, null, "", clock.instant()));
        journal.record(unreachable);

        activity = new ActivityViewModel(
                StandardServices.registry(), tracker, submitter, adapters, Async.synchronous(), clock, job -> {});
        status.jobsChanged(tracker.jobs(), List.of(), tracker.unreachableJobIds());
        // As BackupConsoleApp wires them (there through one Platform.runLater per cycle).
        tracker.addListener(changed -> {
            status.jobsChanged(tracker.jobs(), changed, tracker.unreachableJobIds());
            activity.jobsChanged(changed);
        });
    }

    @AfterEach
    void close() {
        pool.close();
        sandboxAdapters.close();
    }

    /** A backup on the sandbox, which answers; the tracker's listeners hear of it as the dialogs' do. */
    private TrackedJob startReachable() {
        Resource fs = sandboxAdapters.get(AwsService.FSX).listResources().stream()
                .filter(r -> r.eligibility().allowed())
                .findFirst()
                .orElseThrow();
        TrackedJob job = submitter.submit(
                sandboxAdapters.starter(AwsService.FSX),
                "sandbox",
                REGION,
                new BackupRequest(AwsService.FSX, fs.id(), fs.name(), "", "", List.of(), null, null));
        tracker.started(job);
        return job;
    }

    private ActivityRow row(TrackedJob job) {
        return activity.rows().stream()
                .filter(row -> row.id().equals(job.id()))
                .findFirst()
                .orElseThrow();
    }

    private int chartTotal(String series) {
        return activity.chartProperty().get().series().stream()
                .filter(s -> s.name().equals(series))
                .findFirst()
                .orElseThrow()
                .total();
    }

    /** One cycle a second, as TrackerLoop runs them, for at most {@code limit} of the tracker's clock. */
    private void cycleUntil(BooleanSupplier done, Duration limit) {
        Instant from = clock.instant();
        while (!done.getAsBoolean()) {
            assertTrue(Duration.between(from, clock.instant()).compareTo(limit) < 0, "within " + limit);
            clock.advance(Duration.ofSeconds(1));
            tracker.pollDue();
            activity.tick();
        }
    }

    @Test
    void anUnreachableJobShowsWhyIsNotCountedAsRunningAndIsCountedAgainOnceReached() {
        TrackedJob reachable = startReachable();
        tracker.pollDue();
        assertEquals("2 backups running", status.runningBackupsTextProperty().get());
        assertEquals("Running", row(unreachable).values().state(), "a failed poll or two is not yet unreachable");

        cycleUntil(() -> !tracker.unreachableReason(unreachable).isEmpty(), Duration.ofMinutes(4));

        ActivityRow.Values shown = row(unreachable).values();
        assertEquals("Unreachable", shown.state());
        assertTrue(shown.message().startsWith("Unreachable: "), shown.message());
        assertTrue(shown.message().toLowerCase(Locale.ROOT).contains("refused"), shown.message());
        assertEquals("40 %", shown.percent(), "the last progress seen is kept");
        assertEquals("—", shown.eta(), "no countdown for a job nobody can see");
        assertEquals("Running", row(reachable).values().state());
        assertEquals(
                "1 running · 1 unreachable", status.runningBackupsTextProperty().get());
        assertEquals(1, status.runningBackupsProperty().get());
        assertEquals(1, status.unreachableBackupsProperty().get());
        assertEquals(1, chartTotal("Running"), "the chart counts the unreachable job apart too");
        assertEquals(1, chartTotal("Unreachable"));

        activity.stateFilterProperty().set(StateFilter.RUNNING);
        assertEquals(
                List.of(reachable.id()),
                activity.rows().stream().map(ActivityRow::id).toList());
        activity.stateFilterProperty().set(StateFilter.UNREACHABLE);
        assertEquals(
                List.of(unreachable.id()),
                activity.rows().stream().map(ActivityRow::id).toList());
        activity.stateFilterProperty().set(StateFilter.ALL);

        try (Sandbox back = Sandbox.start(closedPort, SandboxFixture.TEST_CONFIG)) {
            tracker.pollNow(); // the user's Refresh: no need to wait for the backoff
            cycleUntil(() -> tracker.unreachableReason(unreachable).isEmpty(), Duration.ofMinutes(1));

            assertEquals(
                    "2 backups running", status.runningBackupsTextProperty().get());
            assertEquals(0, status.unreachableBackupsProperty().get());
            assertEquals("Running", row(unreachable).values().state());
            assertFalse(row(unreachable).values().message().startsWith("Unreachable"));
            assertEquals(2, chartTotal("Running"));
            assertEquals(0, chartTotal("Unreachable"));
        }
    }

    @Test
    void theStatusBarSaysHowManyAreUnreachableWhenNoneIsRunning() {
        tracker.pollDue();
        assertEquals("1 backup running", status.runningBackupsTextProperty().get());

        cycleUntil(() -> !tracker.unreachableReason(unreachable).isEmpty(), Duration.ofMinutes(4));

        assertEquals("1 backup unreachable", status.runningBackupsTextProperty().get());
    }
}
