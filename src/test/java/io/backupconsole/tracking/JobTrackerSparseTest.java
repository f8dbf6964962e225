package io.backupconsole.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.testsupport.SparseAnswers;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * {@link JobTrackerTest} against an endpoint that answers only what the models require. FSx requires a backup's
 * lifecycle, so its jobs are followed to their end; OpsWorks CM, AWS Backup and Lightsail require nothing but the
 * id, so their jobs are found by it and stay running in an unknown state, with an indeterminate bar, never given up
 * as gone and never failing the poll.
 */
@SparseAnswers
class JobTrackerSparseTest extends JobTrackerTest {

    /** Polls until the FSx jobs ended: the only ones whose state a sparse answer carries. */
    private void pollUntilFsxFinished() {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    tracker.pollNow();
                    tracker.pollDue();
                    return tracker.jobs().stream()
                            .filter(job -> job.service() == AwsService.FSX)
                            .allMatch(TrackedJob::isFinished);
                });
    }

    private void assertRunningInAnUnknownState(TrackedJob job) {
        assertEquals(JobOutcome.RUNNING, job.progress().outcome(), job.toString());
        assertEquals("", job.progress().stateText(), "no state in the answer: " + job);
        assertNull(job.progress().percent(), "an indeterminate bar: " + job);
        assertEquals("", tracker.problemOf(job), "the poll itself worked: " + job);
    }

    @Override
    @Test
    void everyJobOfEveryServiceIsWatchedToItsEndWithOneCallPerServicePerPoll() {
        startOneOfEach();
        long fsxBefore = sandbox.count("fsx:DescribeBackups");

        tracker.pollNow();
        tracker.pollDue();

        assertEquals(fsxBefore + 1, sandbox.count("fsx:DescribeBackups"), "three FSx jobs, one batch call");
        // Simulated hours pass: time enough for every backup, and for a missing job to be given up as gone.
        for (int poll = 0; poll < 6; poll++) {
            sandbox.server().clock().advance(Duration.ofHours(1));
            pollUntilFsxFinished();
        }
        for (TrackedJob job : tracker.jobs()) {
            if (job.service() == AwsService.FSX) {
                assertEquals(JobOutcome.SUCCEEDED, job.progress().outcome(), job.toString());
                assertEquals(100.0, job.progress().percent(), "a finished backup fills its bar");
            } else {
                assertRunningInAnUnknownState(job);
            }
        }
        assertEquals(
                3,
                new JobJournal(data, Clock.systemUTC())
                        .open().jobs().stream()
                                .filter(job -> job.progress().outcome() == JobOutcome.SUCCEEDED)
                                .count(),
                "each end is journalled");
    }

    @Override
    @Test
    void backupsThatFailEndAsFailedWithTheServicesReason() {
        sandbox.configure(c -> c.withBackupFailureRate(1.0));
        startOneOfEach();
        sandbox.server().clock().advance(Duration.ofHours(2));

        pollUntilFsxFinished();

        for (TrackedJob job : tracker.jobs()) {
            if (job.service() == AwsService.FSX) {
                assertEquals(JobOutcome.FAILED, job.progress().outcome(), job.toString());
                assertTrue(!job.progress().message().contains("null"), job.toString());
            } else {
                assertRunningInAnUnknownState(job);
            }
        }
    }

    @Override
    @Test
    void aThrottledServiceBacksOffWhileTheOthersFinish() {
        startOneOfEach();
        sandbox.configure(c -> new SandboxConfig(
                        c.timeScale(), 0, 0, 1.0, 0, 0, List.of("lightsail:GetRelationalDatabaseSnapshots"), c.seed())
                .withSparseResponses(true));

        pollUntilFsxFinished();

        TrackedJob lightsail = tracker.jobs().stream()
                .filter(job -> job.service() == AwsService.LIGHTSAIL)
                .findFirst()
                .orElseThrow();
        assertTrue(!lightsail.isFinished());
        assertTrue(!tracker.problemOf(lightsail).isEmpty());
        sandbox.configure(c -> sandbox.testConfig());
        tracker.pollNow();
        tracker.pollDue();
        assertRunningInAnUnknownState(tracker.jobs().stream()
                .filter(job -> job.id().equals(lightsail.id()))
                .findFirst()
                .orElseThrow());
    }
}
