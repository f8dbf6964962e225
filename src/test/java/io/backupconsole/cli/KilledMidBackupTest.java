package io.backupconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.JobOutcome;
import io.backupconsole.testsupport.ChildJvm;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.tracking.TrackedJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A separate JVM starts a backup and waits for it; it is killed (SIGKILL) while it polls; the next start
 * (`jobs --watch`, the same engine as the window) resumes the journalled job to its end, and nothing is made twice.
 */
class KilledMidBackupTest {
    private static final String FILE_SYSTEM = "fs-0a1b2c3d4e5f60001";

    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @TempDir
    Path home;

    @Test
    void aBackupWhoseWatcherWasKilledIsResumedToItsEndOnTheNextStart() throws Exception {
        // Slow enough that the child is still polling when it is killed, fast enough to end soon after.
        sandbox.configure(c -> c.withTimeScale(30.0));
        Path data = home.resolve(".local/share");
        long before = userBackups();
        ProcessBuilder child = ChildJvm.main(
                        home,
                        "backup",
                        "--service",
                        "fsx",
                        "--resource",
                        FILE_SYSTEM,
                        "--name",
                        "killed-midway",
                        "--endpoint-url",
                        sandbox.server().endpoint().toString(),
                        "--region",
                        "us-east-1",
                        "--wait")
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("child.log").toFile());
        Map<String, String> env = child.environment();
        env.put("XDG_DATA_HOME", data.toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.put("AWS_CONFIG_FILE", home.resolve("no-config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("no-credentials").toString());
        Process process = child.start();
        Path journal = data.resolve("backup-console");

        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> Files.exists(journal.resolve("jobs.json"))
                        && CommandRun.journal(journal).stream()
                                .anyMatch(job -> job.progress().outcome() == JobOutcome.RUNNING));
        process.destroyForcibly().waitFor();
        assertTrue(CommandRun.journal(journal).stream().noneMatch(TrackedJob::isFinished), "killed mid-backup");

        CommandRun watch = CommandRun.run(
                journal,
                "jobs",
                "--watch",
                "--endpoint-url",
                sandbox.server().endpoint().toString(),
                "--region",
                "us-east-1");

        assertEquals(0, watch.exitCode, watch + "\n" + Files.readString(home.resolve("child.log")));
        List<TrackedJob> jobs = CommandRun.journal(journal);
        assertEquals(1, jobs.size());
        assertEquals(JobOutcome.SUCCEEDED, jobs.get(0).progress().outcome());
        assertEquals(before + 1, userBackups(), "made once");
    }

    private static long userBackups() {
        return sandbox
                .clients()
                .fsx()
                .describeBackups(b -> b.filters(f -> f.name("backup-type").values("USER_INITIATED")))
                .backups()
                .stream()
                .filter(b -> b.fileSystem() != null
                        && FILE_SYSTEM.equals(b.fileSystem().fileSystemId()))
                .count();
    }
}
