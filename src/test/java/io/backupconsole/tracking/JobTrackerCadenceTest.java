package io.backupconsole.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.testsupport.SandboxFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** When the tracker polls, on a clock the test moves: the young-job cadence (8 s), and the backoff after throttling. */
class JobTrackerCadenceTest {
    private static final String DESCRIBE = "fsx:DescribeBackups";

    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @TempDir
    Path data;

    private final MovableClock clock = new MovableClock(Instant.now());
    private ServiceAdapters adapters;
    private JobTracker tracker;
    private TrackedJob job;

    /** A clock that stands still until the test moves it. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void start() {
        // Real time in the sandbox: the backup stays running while the test moves the tracker's clock.
        sandbox.configure(c -> c.withTimeScale(1.0));
        adapters = sandbox.connect("us-east-1");
        JobJournal journal = new JobJournal(data, clock);
        journal.open();
        BackupSubmitter submitter = new BackupSubmitter(journal, clock);
        tracker = new JobTracker(journal, (key, region) -> adapters, submitter, clock, new PollCadence(new Random(3)));
        Resource fs = adapters.get(AwsService.FSX).listResources().stream()
                .filter(r -> r.eligibility().allowed())
                .findFirst()
                .orElseThrow();
        job = submitter.submit(
                adapters.starter(AwsService.FSX),
                "sandbox",
                "us-east-1",
                new BackupRequest(AwsService.FSX, fs.id(), fs.name(), "", "", List.of(), null, null));
        tracker.started(job);
    }

    @AfterEach
    void close() {
        adapters.close();
    }

    @Test
    void aYoungJobIsPolledEveryEightSecondsAndNotBefore() {
        long before = sandbox.count(DESCRIBE);
        tracker.pollDue();
        assertEquals(before + 1, sandbox.count(DESCRIBE), "a new job is polled at once");

        clock.advance(Duration.ofSeconds(7));
        tracker.pollDue();
        assertEquals(before + 1, sandbox.count(DESCRIBE), "not due yet");

        clock.advance(Duration.ofSeconds(1));
        tracker.pollDue();
        assertEquals(before + 2, sandbox.count(DESCRIBE));

        tracker.pollNow();
        tracker.pollDue();
        assertEquals(before + 3, sandbox.count(DESCRIBE), "a refresh polls at once");
    }

    @Test
    void aThrottledGroupWaitsItsJitteredBackoffThenRecovers() {
        sandbox.configure(c -> new SandboxConfig(c.timeScale(), 0, 0, 1.0, 0, 0, List.of(DESCRIBE), c.seed()));
        tracker.pollDue();
        assertFalse(tracker.problemOf(job).isEmpty(), "the view can say why the job is not updated");
        long afterFailure = sandbox.count(DESCRIBE);

        clock.advance(Duration.ofSeconds(11));
        tracker.pollDue();
        assertEquals(afterFailure, sandbox.count(DESCRIBE), "backing off: 15 s less at most 20 %");

        sandbox.configure(c -> new SandboxConfig(c.timeScale(), 0, 0, 0, 0, 0, List.of(), c.seed()));
        clock.advance(Duration.ofSeconds(8));
        tracker.pollDue();
        assertTrue(sandbox.count(DESCRIBE) > afterFailure);
        assertTrue(tracker.problemOf(job).isEmpty(), "recovered by itself");
    }
}
