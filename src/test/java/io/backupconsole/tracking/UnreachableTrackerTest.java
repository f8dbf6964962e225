package io.backupconsole.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.ClientFactory;
import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.credentials.MfaCodePrompt;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.JobProgress;
import io.backupconsole.domain.Resource;
import io.backupconsole.sandbox.Sandbox;
import io.backupconsole.testsupport.MovableClock;
import io.backupconsole.testsupport.SandboxAwsHome;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.StandardServices;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A group whose connection cannot be reached (its endpoint stopped, its profile gone from the AWS files, its
 * credential_process failing) has its jobs reported unreachable after three minutes of the tracker's clock, with the
 * reason; they stay journalled and unfinished, a restart tries them afresh, and they leave the unreachable state by
 * themselves once the connection answers again. The clock is the test's: no waiting.
 */
class UnreachableTrackerTest {
    private static final String REGION = "us-east-1";
    private static final String PROBE_PROFILE = """
            [profile probe]
            region = us-east-1
            endpoint_url = %s
            """;
    private static final String PROBE_KEYS = "[probe]\naws_access_key_id = AKIAPROBE\naws_secret_access_key = probe\n";

    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @TempDir
    Path data;

    @TempDir
    Path home;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final List<List<TrackedJob>> news = new ArrayList<>();

    private JobTracker tracker(JobJournal journal, AdaptersProvider adapters) {
        JobTracker tracker = new JobTracker(
                journal, adapters, new BackupSubmitter(journal, clock), clock, new PollCadence(new Random(5)));
        tracker.addListener(news::add);
        return tracker;
    }

    private static ConnectionPool poolWithoutBuiltInSandbox(ClientFactory clients) {
        return new ConnectionPool(
                StandardServices.registry(),
                () -> {
                    throw new IllegalStateException("no built-in sandbox here");
                },
                clients::connect);
    }

    private TrackedJob startFsxBackup(JobJournal journal, ServiceAdapters adapters, String key) {
        Resource fs = adapters.get(AwsService.FSX).listResources().stream()
                .filter(r -> r.eligibility().allowed())
                .findFirst()
                .orElseThrow();
        return new BackupSubmitter(journal, clock)
                .submit(
                        adapters.starter(AwsService.FSX),
                        key,
                        REGION,
                        new BackupRequest(AwsService.FSX, fs.id(), fs.name(), "unreached", "", List.of(), null, null));
    }

    /**
     * Moves the clock a second at a time, one cycle per second as {@code TrackerLoop} runs them, until the job is
     * reported unreachable; checks it is not before three minutes and returns when it was.
     */
    private Instant cycleUntilUnreachable(JobTracker tracker, TrackedJob job, Instant firstFailure) {
        while (tracker.unreachableReason(job).isEmpty()) {
            assertTrue(
                    Duration.between(firstFailure, clock.instant()).compareTo(Duration.ofMinutes(10)) < 0,
                    "reported within minutes");
            clock.advance(Duration.ofSeconds(1));
            news.clear();
            tracker.pollDue();
        }
        return clock.instant();
    }

    private void cycleUntilReachable(JobTracker tracker, TrackedJob job) {
        Instant from = clock.instant();
        while (!tracker.unreachableReason(job).isEmpty()) {
            assertTrue(
                    Duration.between(from, clock.instant()).compareTo(Duration.ofMinutes(7)) < 0,
                    "tried again on its backoff, at most 5 min (+20 %) apart");
            clock.advance(Duration.ofSeconds(1));
            news.clear();
            tracker.pollDue();
        }
    }

    private boolean told(TrackedJob job) {
        return news.stream().flatMap(List::stream).anyMatch(seen -> seen.id().equals(job.id()));
    }

    private static TrackedJob journalled(Path data, TrackedJob job) {
        return new JobJournal(data, Clock.systemUTC())
                .open().jobs().stream()
                        .filter(kept -> kept.id().equals(job.id()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("the job left the journal"));
    }

    @Test
    void aJobWhoseEndpointStoppedIsUnreachableAfterThreeMinutesStaysTrackedAndIsReachedAgainWhenItIsBack()
            throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        String key = "endpoint:http://127.0.0.1:" + port;
        JobJournal journal = new JobJournal(data, clock);
        journal.open();
        try (ConnectionPool pool = poolWithoutBuiltInSandbox(sandbox.clientFactory())) {
            JobTracker tracker = tracker(journal, pool);
            TrackedJob job;
            // Real time in the sandbox: the backup is still running when it stops.
            try (Sandbox stopping = Sandbox.start(port, SandboxFixture.TEST_CONFIG.withTimeScale(1.0))) {
                job = startFsxBackup(journal, pool.adaptersFor(key, REGION), key);
                tracker.started(job);
                tracker.pollDue();
            }
            pool.close();

            tracker.pollNow();
            tracker.pollDue();
            Instant firstFailure = clock.instant();
            assertFalse(tracker.problemOf(job).isEmpty(), "the group says why at once");
            assertEquals("", tracker.unreachableReason(job), "a failure or two is not yet unreachable");

            Instant reported = cycleUntilUnreachable(tracker, job, firstFailure);

            assertEquals(
                    JobTracker.UNREACHABLE_AFTER,
                    Duration.between(firstFailure, reported),
                    "a try is made at the three-minute mark and decides");
            String reason = tracker.unreachableReason(job);
            assertTrue(reason.toLowerCase(Locale.ROOT).contains("refused"), reason);
            assertTrue(told(job), "the listeners hear of it in the cycle it became unreachable");
            TrackedJob kept = journalled(data, job);
            assertEquals(JobOutcome.RUNNING, kept.progress().outcome(), "still tracked, not finished: " + kept);

            JobTracker afterRestart = tracker(journal, pool);
            afterRestart.pollDue();
            assertEquals("", afterRestart.unreachableReason(job), "a restart gives it a fresh three minutes");

            try (Sandbox back = Sandbox.start(port, SandboxFixture.TEST_CONFIG)) {
                cycleUntilReachable(tracker, job);
                assertTrue(told(job), "the listeners hear it is reached again");
            }
        }
    }

    @Test
    void aJobWhoseProfileIsGoneIsUnreachableUntilTheProfileIsBackThenRunsOn() throws Exception {
        SandboxAwsHome aws =
                new SandboxAwsHome(home, sandbox.server()).config(PROBE_PROFILE).credentials(PROBE_KEYS);
        String key = new Connection.Profile("probe", REGION, Map.of()).key();
        JobJournal journal = new JobJournal(data, clock);
        journal.open();
        TrackedJob job;
        try (ClientFactory clients = aws.clientFactory(MfaCodePrompt.NONE);
                ConnectionPool pool = poolWithoutBuiltInSandbox(clients)) {
            job = startFsxBackup(journal, pool.adaptersFor(key, REGION), key);
        }

        // The profile is deleted from both files; then the app (or jobs --watch) starts again.
        aws.config("[profile other]\nregion = us-east-1\n").credentials("");
        try (ClientFactory clients = aws.clientFactory(MfaCodePrompt.NONE);
                ConnectionPool pool = poolWithoutBuiltInSandbox(clients)) {
            JobTracker tracker = tracker(journal, pool);
            tracker.pollDue();
            Instant firstFailure = clock.instant();
            assertFalse(tracker.problemOf(job).isEmpty());

            Instant reported = cycleUntilUnreachable(tracker, job, firstFailure);

            assertEquals(JobTracker.UNREACHABLE_AFTER, Duration.between(firstFailure, reported));
            assertTrue(tracker.unreachableReason(job).contains("probe"), tracker.unreachableReason(job));
            assertEquals(JobOutcome.RUNNING, journalled(data, job).progress().outcome());

            aws.config(PROBE_PROFILE).credentials(PROBE_KEYS);
            cycleUntilReachable(tracker, job);

            assertTrue(told(job), "the listeners hear it is reached again");
            assertEquals("", tracker.problemOf(job));
            assertFalse(journalled(data, job).isFinished(), "followed again, to its end");
        }
    }

    @Test
    void credentialsThatCannotBeHadMakeTheJobUnreachableNotFailed() throws Exception {
        SandboxAwsHome aws = new SandboxAwsHome(home, sandbox.server()).config("""
                        [profile tool]
                        region = us-east-1
                        endpoint_url = %s
                        credential_process = /bin/sh -c "echo 'token service down' >&2; exit 3"
                        """);
        String key = new Connection.Profile("tool", REGION, Map.of()).key();
        JobJournal journal = new JobJournal(data, clock);
        journal.open();
        BackupRequest request =
                new BackupRequest(AwsService.FSX, "fs-0a1b2c3d4e5f60001", "corp-shares", "", "", List.of(), null, null);
        TrackedJob job = TrackedJob.submitting(key, REGION, request, clock.instant())
                .withServiceJobId("backup-0a1b2c3d4e5f60001")
                .withProgress(new JobProgress(JobOutcome.RUNNING, "CREATING", 10.0, null, "", clock.instant()));
        journal.record(job);
        try (ClientFactory clients = aws.clientFactory(MfaCodePrompt.NONE);
                ConnectionPool pool = poolWithoutBuiltInSandbox(clients)) {
            JobTracker tracker = tracker(journal, pool);
            tracker.pollDue();
            Instant firstFailure = clock.instant();

            Instant reported = cycleUntilUnreachable(tracker, job, firstFailure);

            assertEquals(JobTracker.UNREACHABLE_AFTER, Duration.between(firstFailure, reported));
            String reason = tracker.unreachableReason(job);
            assertTrue(reason.toLowerCase(Locale.ROOT).contains("credential"), reason);
            assertEquals(JobOutcome.RUNNING, journalled(data, job).progress().outcome());
        }
    }

    @Test
    void aJobStillSubmittingWhoseProfileIsGoneIsKeptToSendAgainNotFailed() throws Exception {
        SandboxAwsHome aws = new SandboxAwsHome(home, sandbox.server()).config("[profile other]\nregion = us-east-1\n");
        JobJournal journal = new JobJournal(data, clock);
        journal.open();
        BackupRequest request = new BackupRequest(
                AwsService.FSX, "fs-0a1b2c3d4e5f60001", "corp-shares", "after-crash", "", List.of(), null, null);
        TrackedJob job = TrackedJob.submitting(
                new Connection.Profile("ghost", REGION, Map.of()).key(), REGION, request, clock.instant());
        journal.record(job);
        try (ClientFactory clients = aws.clientFactory(MfaCodePrompt.NONE);
                ConnectionPool pool = poolWithoutBuiltInSandbox(clients)) {
            JobTracker tracker = tracker(journal, pool);
            tracker.resume();
            Instant firstFailure = clock.instant();

            assertEquals(
                    JobOutcome.SUBMITTING,
                    journalled(data, job).progress().outcome(),
                    "nothing was sent: it may still have been made by the first send, so it is not failed");
            Instant reported = cycleUntilUnreachable(tracker, job, firstFailure);
            assertEquals(JobTracker.UNREACHABLE_AFTER, Duration.between(firstFailure, reported));
            assertTrue(tracker.unreachableReason(job).contains("ghost"), tracker.unreachableReason(job));
            assertEquals(JobOutcome.SUBMITTING, journalled(data, job).progress().outcome());
        }
    }
}
