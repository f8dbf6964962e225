package io.backupconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.tracking.TrackedJob;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code jobs} reads what {@code backup} journalled; {@code --watch} follows it to its end. */
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
}
