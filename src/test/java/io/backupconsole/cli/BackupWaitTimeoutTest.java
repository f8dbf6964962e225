package io.backupconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.sandbox.Sandbox;
import io.backupconsole.testsupport.MovableClock;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.tracking.TrackedJob;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup --wait --timeout}: against an endpoint that never reports the snapshot's state (sparse answers), the
 * wait would never end; the timeout, measured on the command's clock, ends it with one error line and exit 1, and
 * the job stays tracked.
 */
class BackupWaitTimeoutTest {
    @TempDir
    Path data;

    @Test
    void theTimeoutEndsAWaitForAStateTheEndpointNeverReports() throws Exception {
        MovableClock clock = new MovableClock(Instant.now());
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (Sandbox sparse = Sandbox.start(0, SandboxFixture.TEST_CONFIG.withSparseResponses(true))) {
            Future<CommandRun> run = thread.submit(() -> CommandRun.run(
                    data,
                    clock,
                    "backup",
                    "--endpoint-url",
                    sparse.endpoint().toString(),
                    "--service",
                    "lightsail",
                    "--resource",
                    "shop-mysql",
                    "--name",
                    "shop-mysql-bounded",
                    "--wait",
                    "--timeout",
                    "10m"));
            Awaitility.await()
                    .atMost(Duration.ofMinutes(1))
                    .until(() -> !CommandRun.journal(data).isEmpty());
            CommandRun waited = CommandRun.awaitMovingClock(run, clock, Duration.ofSeconds(30));

            TrackedJob job = CommandRun.journal(data).getFirst();
            assertEquals(1, waited.exitCode, waited.toString());
            String error = waited.firstError();
            assertTrue(
                    error.startsWith("error: --timeout 10m passed while following job " + job.id())
                            && error.contains("stays tracked"),
                    waited.toString());
            assertFalse(job.isFinished(), "it stays tracked for jobs --watch or the app");
        } finally {
            thread.shutdownNow();
        }
    }
}
