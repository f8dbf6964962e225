package io.backupconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.ClientFactory;
import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.sandbox.Sandbox;
import io.backupconsole.testsupport.MovableClock;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.TestClients;
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
 * {@code backup --wait} whose endpoint stops while it follows the backup: it ends after the tracker's three minutes
 * with one error line and exit 1, and the job stays tracked, instead of waiting forever.
 */
class BackupWaitUnreachableTest {
    @TempDir
    Path data;

    @Test
    void waitEndsWithExitOneWhenTheEndpointStopsAndTheJobStaysTracked() throws Exception {
        MovableClock clock = new MovableClock(Instant.now());
        ExecutorService thread = Executors.newSingleThreadExecutor();
        // Real time in the sandbox: the backup is still running when the sandbox stops.
        Sandbox stopping = Sandbox.start(0, SandboxFixture.TEST_CONFIG.withTimeScale(1.0));
        try {
            String fileSystem;
            try (ClientFactory clients = TestClients.factory();
                    ServiceAdapters adapters =
                            clients.connect(new Connection.Sandbox(stopping.endpoint(), "us-east-1"))) {
                fileSystem = adapters.get(AwsService.FSX).listResources().stream()
                        .filter(resource -> resource.eligibility().allowed()
                                && resource.id().startsWith("fs-"))
                        .findFirst()
                        .orElseThrow()
                        .id();
            }
            Future<CommandRun> run = thread.submit(() -> CommandRun.run(
                    data,
                    clock,
                    "backup",
                    "--endpoint-url",
                    stopping.endpoint().toString(),
                    "--service",
                    "fsx",
                    "--resource",
                    fileSystem,
                    "--wait"));
            Awaitility.await()
                    .atMost(Duration.ofMinutes(1))
                    .until(() -> CommandRun.journal(data).stream()
                            .anyMatch(job -> job.progress().outcome() == JobOutcome.RUNNING));
            stopping.close();
            CommandRun waited = CommandRun.awaitMovingClock(run, clock, Duration.ofSeconds(5));

            TrackedJob job = CommandRun.journal(data).getFirst();
            assertEquals(1, waited.exitCode, waited.toString());
            String error = waited.firstError();
            assertTrue(
                    error.contains("could not be reached for 3 minutes") && error.contains(job.id()),
                    waited.toString());
            assertEquals(JobOutcome.RUNNING, job.progress().outcome(), "it stays tracked for jobs --watch or the app");
        } finally {
            thread.shutdownNow(); // a wait that never ended is interrupted in its sleep
            stopping.close();
        }
    }
}
