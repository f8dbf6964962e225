package io.backupconsole.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.ClientFactory;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.Resource;
import io.backupconsole.sandbox.Sandbox;
import io.backupconsole.testsupport.MovableClock;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.StandardServices;
import io.backupconsole.testsupport.TestClients;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A group whose endpoint went away is not polled in a loop: it backs off (15 s, 30 s, 1 min… up to 5 min, with
 * jitter), says why, and its jobs go on by themselves once the endpoint is back on the same port.
 */
class EndpointDownTrackerTest {
    @TempDir
    Path data;

    private final MovableClock clock = new MovableClock(Instant.now());

    @Test
    void aGroupWhoseEndpointIsDownBacksOffAndResumesWhenItReturns() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        String key = "endpoint:http://127.0.0.1:" + port;
        JobJournal journal = new JobJournal(data, clock);
        journal.open();
        TrackedJob job;
        try (ClientFactory clients = TestClients.factory();
                ConnectionPool pool = new ConnectionPool(
                        StandardServices.registry(),
                        () -> {
                            throw new IllegalStateException("no built-in sandbox here");
                        },
                        clients::connect)) {
            AtomicInteger attempts = new AtomicInteger();
            AdaptersProvider counting = (connection, region) -> {
                attempts.incrementAndGet();
                return pool.adaptersFor(connection, region);
            };
            BackupSubmitter submitter = new BackupSubmitter(journal, clock);
            JobTracker tracker = new JobTracker(journal, counting, submitter, clock, new PollCadence(new Random(3)));
            try (Sandbox first = Sandbox.start(port, SandboxFixture.TEST_CONFIG.withTimeScale(1.0))) {
                Resource fs = pool.adaptersFor(key, "us-east-1").get(AwsService.FSX).listResources().stream()
                        .filter(r -> r.eligibility().allowed())
                        .findFirst()
                        .orElseThrow();
                job = submitter.submit(
                        pool.adaptersFor(key, "us-east-1").starter(AwsService.FSX),
                        key,
                        "us-east-1",
                        new BackupRequest(AwsService.FSX, fs.id(), fs.name(), "while-down", "", List.of(), null, null));
                tracker.started(job);
                tracker.pollDue();
                assertEquals("", tracker.problemOf(job));
            }
            pool.close();

            // The endpoint is gone. Each failed poll pushes the next one further out; a cycle every second between
            // them (what TrackerLoop does) makes no call.
            tracker.pollNow();
            tracker.pollDue();
            assertFalse(tracker.problemOf(job).isEmpty(), "the group says why");
            Duration previous = Duration.ZERO;
            for (int failure = 1; failure <= 6; failure++) {
                int before = attempts.get();
                Duration waited = Duration.ZERO;
                while (attempts.get() == before) {
                    clock.advance(Duration.ofSeconds(1));
                    waited = waited.plusSeconds(1);
                    tracker.pollDue();
                    assertTrue(waited.compareTo(Duration.ofMinutes(7)) < 0, "never more than 5 min (+20 %)");
                }
                assertEquals(before + 1, attempts.get(), "one try when due");
                assertTrue(waited.compareTo(Duration.ofSeconds(11)) > 0, "waited " + waited);
                if (failure >= 2 && failure <= 4) {
                    assertTrue(waited.compareTo(previous) > 0, "backs off: " + waited + " after " + previous);
                }
                previous = waited;
            }
            assertFalse(tracker.problemOf(job).isEmpty());

            try (Sandbox back = Sandbox.start(port, SandboxFixture.TEST_CONFIG)) {
                // The old sandbox's job is unknown to the new one: the tracker reaches it again and, as the
                // service no longer knows it, ends it after its misses. What matters: polls resume by themselves.
                for (int cycle = 0; cycle < 40 && !journal.jobs().getFirst().isFinished(); cycle++) {
                    clock.advance(Duration.ofMinutes(6));
                    tracker.pollDue();
                }
            }
            assertEquals("", tracker.problemOf(job), "the endpoint answers again");
            assertEquals(JobOutcome.FAILED, journal.jobs().getFirst().progress().outcome());
        }
    }
}
