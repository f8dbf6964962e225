package io.backupconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.sandbox.Sandbox;
import io.backupconsole.testsupport.MovableClock;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.tracking.TrackedJob;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jobs} reads what {@code backup} journalled; {@code --watch} follows it to its end, and ends by itself when
 * only jobs it cannot reach are left or its {@code --timeout} has passed.
 */
class JobsCommandTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @TempDir
    Path data;

    private String endpoint;
    private String fileSystem;

    @BeforeEach
    void pickAFileSystem() {
        endpoint = sandbox.server().endpoint().toString();
        fileSystem = sandbox.adapters().get(AwsService.FSX).listResources().stream()
                .filter(resource ->
                        resource.eligibility().allowed() && resource.id().startsWith("fs-"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private TrackedJob startWithoutWaiting() throws Exception {
        CommandRun started = CommandRun.run(
                data,
                "backup",
                "--endpoint-url",
                endpoint,
                "--service",
                "fsx",
                "--resource",
                fileSystem,
                "--name",
                "from-cron");
        assertEquals(0, started.exitCode, started.toString());
        return CommandRun.journal(data).getFirst();
    }

    @Test
    void anEmptyJournalSaysSo() throws Exception {
        CommandRun run = CommandRun.run(data, "jobs");

        assertEquals(0, run.exitCode, run.toString());
        assertTrue(run.out.contains("No unfinished backup jobs"), run.toString());
    }

    @Test
    void jobsListsWhatBackupJournalled() throws Exception {
        TrackedJob job = startWithoutWaiting();

        long describes = sandbox.count("fsx:DescribeBackups");
        CommandRun run = CommandRun.run(data, "jobs");

        assertEquals(0, run.exitCode, run.toString());
        assertEquals(describes, sandbox.count("fsx:DescribeBackups"), "listing reads the journal only");
        String[] lines = run.out.split("\n");
        assertTrue(lines[0].matches("STARTED +SERVICE +RESOURCE +STATE +PROGRESS +MESSAGE"), run.toString());
        assertTrue(
                lines[1].contains("fsx") && lines[1].contains(job.resourceId()) && lines[1].contains("RUNNING"),
                run.toString());
    }

    @Test
    void watchFinishesAJobLeftRunningAndFinishedJobsShowOnlyWithAll() throws Exception {
        TrackedJob job = startWithoutWaiting();

        CommandRun watched = CommandRun.run(data, "jobs", "--watch");

        assertEquals(0, watched.exitCode, watched.toString());
        assertTrue(
                watched.out.lines().anyMatch(line -> line.contains(job.resourceId()) && line.contains("SUCCEEDED")),
                watched.toString());
        assertTrue(watched.out.contains("All 1 watched job(s) ended."), watched.toString());
        assertEquals(
                JobOutcome.SUCCEEDED,
                CommandRun.journal(data).getFirst().progress().outcome());

        assertTrue(CommandRun.run(data, "jobs").out.contains("No unfinished backup jobs"));
        CommandRun all = CommandRun.run(data, "jobs", "--all");
        assertTrue(
                all.out
                        .lines()
                        .anyMatch(line ->
                                line.contains(job.resourceId()) && line.contains("SUCCEEDED") && line.contains("100%")),
                all.toString());
    }

    /**
     * Starts a backup with {@code backup} on a sandbox of its own, then stops that sandbox: the job stays journalled
     * as running, against an endpoint whose port now refuses connections.
     */
    private TrackedJob journalAJobOnAnEndpointThatThenStops() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        // Real time in that sandbox: the backup is still running when the sandbox stops.
        try (Sandbox stopping = Sandbox.start(port, SandboxFixture.TEST_CONFIG.withTimeScale(1.0));
                ServiceAdapters adapters =
                        sandbox.clientFactory().connect(new Connection.Sandbox(stopping.endpoint(), "us-east-1"))) {
            String eligible = adapters.get(AwsService.FSX).listResources().stream()
                    .filter(resource ->
                            resource.eligibility().allowed() && resource.id().startsWith("fs-"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            CommandRun started = CommandRun.run(
                    data,
                    "backup",
                    "--endpoint-url",
                    stopping.endpoint().toString(),
                    "--service",
                    "fsx",
                    "--resource",
                    eligible,
                    "--name",
                    "before-the-stop");
            assertEquals(0, started.exitCode, started.toString());
        }
        TrackedJob job = CommandRun.journal(data).getFirst();
        assertEquals(JobOutcome.RUNNING, job.progress().outcome());
        return job;
    }

    /**
     * Runs {@code jobs} on another thread and moves its clock on until it has ended, as many minutes as that takes;
     * the clock is the command's only notion of time, so nothing here waits for minutes to pass.
     */
    private CommandRun runWhileTheClockMoves(MovableClock clock, String... args) throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<CommandRun> run = thread.submit(() -> CommandRun.run(data, clock, args));
            Awaitility.await()
                    .atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> {
                        clock.advance(Duration.ofSeconds(5));
                        return run.isDone();
                    });
            return run.get();
        } finally {
            thread.shutdownNow(); // a watch that never ended is interrupted in its sleep
        }
    }

    @Test
    void watchExitsOneWhenOnlyJobsOfAStoppedEndpointAreLeftAndSaysWhy() throws Exception {
        TrackedJob job = journalAJobOnAnEndpointThatThenStops();
        MovableClock clock = new MovableClock(Instant.now());
        Instant began = clock.instant();

        CommandRun watched = runWhileTheClockMoves(clock, "jobs", "--watch");

        assertEquals(1, watched.exitCode, watched.toString());
        assertTrue(
                Duration.between(began, clock.instant()).compareTo(Duration.ofMinutes(3)) >= 0,
                "not before the three minutes: " + watched);
        List<String> unreachable = watched.err
                .lines()
                .filter(line -> line.startsWith("unreachable: "))
                .toList();
        assertEquals(1, unreachable.size(), watched.toString());
        assertTrue(
                unreachable.getFirst().contains(job.resourceId())
                        && unreachable.getFirst().contains(job.id())
                        && unreachable.getFirst().toLowerCase(Locale.ROOT).contains("refused"),
                watched.toString());
        assertTrue(watched.err.contains("error: 1 job(s) could not be reached for 3 minutes"), watched.toString());
        assertTrue(
                watched.out.lines().anyMatch(line -> line.contains("Unreachable: ")),
                "the change is printed as it happens: " + watched);
        assertEquals(
                JobOutcome.RUNNING,
                CommandRun.journal(data).getFirst().progress().outcome(),
                "it stays tracked for the next watch or the app");
    }

    @Test
    void timeoutBoundsTheWholeWatch() throws Exception {
        journalAJobOnAnEndpointThatThenStops();
        MovableClock clock = new MovableClock(Instant.now());
        Instant began = clock.instant();

        CommandRun watched = runWhileTheClockMoves(clock, "jobs", "--watch", "--timeout", "90s");

        assertEquals(1, watched.exitCode, watched.toString());
        assertTrue(watched.err.contains("error: --timeout 1m30s passed with 1 job(s) not ended"), watched.toString());
        assertTrue(
                watched.err.lines().noneMatch(line -> line.startsWith("unreachable: ")),
                "ended by the timeout, before the three minutes: " + watched);
        assertTrue(Duration.between(began, clock.instant()).compareTo(Duration.ofSeconds(90)) >= 0, watched.toString());
        assertEquals(
                JobOutcome.RUNNING,
                CommandRun.journal(data).getFirst().progress().outcome());
    }
}
