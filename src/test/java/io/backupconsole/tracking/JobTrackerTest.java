package io.backupconsole.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.awsbackup.AwsBackupModule;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.awsbackup.BackupJobRequest;
import io.backupconsole.domain.rules.AwsBackupRules;
import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.storage.JsonFile;
import io.backupconsole.testsupport.SandboxFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The tracker against the sandbox (600x time): batches, outcomes, a failing service, resuming after a restart. */
class JobTrackerTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    static ServiceAdapters adapters;

    @TempDir
    Path data;

    JobJournal journal;
    BackupSubmitter submitter;
    JobTracker tracker;
    final List<List<TrackedJob>> reported = new ArrayList<>();

    @BeforeAll
    static void connect() {
        adapters = sandbox.adapters();
    }

    @BeforeEach
    void open() {
        journal = new JobJournal(data, Clock.systemUTC());
        journal.open();
        submitter = new BackupSubmitter(journal, Clock.systemUTC());
        tracker = newTracker();
    }

    private JobTracker newTracker() {
        JobTracker fresh = new JobTracker(
                journal, (key, region) -> adapters, submitter, Clock.systemUTC(), new PollCadence(new Random(7)));
        fresh.addListener(reported::add);
        return fresh;
    }

    /** Resources the service will back up, judged from full answers (a sparse answer leaves it to the service). */
    List<Resource> eligible(AwsService service, int count) {
        return sandbox.withFullAnswers(() -> adapters.get(service).listResources().stream()
                .filter(r -> r.eligibility().allowed())
                .limit(count)
                .toList());
    }

    TrackedJob start(BackupRequest request) {
        TrackedJob job = submitter.submit(adapters.starter(request.service()), "sandbox", "us-east-1", request);
        tracker.started(job);
        return job;
    }

    void startOneOfEach() {
        for (Resource fs : eligible(AwsService.FSX, 3)) {
            start(new BackupRequest(AwsService.FSX, fs.id(), fs.name(), "tracked", "", List.of(), null, null));
        }
        for (Resource server : eligible(AwsService.OPSWORKS_CM, 2)) {
            start(new BackupRequest(AwsService.OPSWORKS_CM, server.id(), server.name(), "", "", List.of(), null, null));
        }
        for (Resource db : eligible(AwsService.LIGHTSAIL, 2)) {
            start(new BackupRequest(
                    AwsService.LIGHTSAIL, db.id(), db.name(), db.id() + "-tracked", "", List.of(), null, null));
        }
        String vault = sandbox.withFullAnswers(() ->
                adapters.get(AwsBackupModule.ADAPTER).listVaults().getFirst().name());
        for (Resource resource : eligible(AwsService.BACKUP, 2)) {
            String token = BackupRequest.newToken();
            BackupJobRequest job = new BackupJobRequest(
                    vault,
                    resource.id(),
                    AwsBackupRules.defaultServiceRole(SimulationContext.ACCOUNT_ID),
                    60L,
                    null,
                    null,
                    List.of(),
                    null,
                    token);
            start(new BackupRequest(AwsService.BACKUP, resource.id(), resource.name(), "", "", List.of(), job, token));
        }
    }

    void pollUntilAllFinished() {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    tracker.pollNow();
                    tracker.pollDue();
                    return tracker.jobs().stream().allMatch(TrackedJob::isFinished);
                });
    }

    @Test
    void everyJobOfEveryServiceIsWatchedToItsEndWithOneCallPerServicePerPoll() {
        startOneOfEach();
        long fsxBefore = sandbox.count("fsx:DescribeBackups");

        tracker.pollNow();
        tracker.pollDue();

        assertEquals(fsxBefore + 1, sandbox.count("fsx:DescribeBackups"), "three FSx jobs, one batch call");
        pollUntilAllFinished();
        assertTrue(
                tracker.jobs().stream().allMatch(job -> job.progress().outcome() == JobOutcome.SUCCEEDED),
                tracker.jobs().toString());
        assertEquals(
                9,
                new JobJournal(data, Clock.systemUTC())
                        .open().jobs().stream()
                                .filter(job -> job.progress().outcome() == JobOutcome.SUCCEEDED)
                                .count(),
                "each end is journalled");
        assertFalse(reported.isEmpty());
    }

    @Test
    void backupsThatFailEndAsFailedWithTheServicesReason() {
        sandbox.configure(c -> c.withBackupFailureRate(1.0));
        startOneOfEach();

        pollUntilAllFinished();

        for (TrackedJob job : tracker.jobs()) {
            assertEquals(JobOutcome.FAILED, job.progress().outcome(), job.toString());
            if (job.service() != AwsService.LIGHTSAIL) {
                assertFalse(job.progress().message().isEmpty(), job.service() + " says why: " + job);
            }
        }
    }

    @Test
    void aBackupTheServiceNoLongerKnowsIsGivenUpWithoutStoppingItsBatch() {
        Resource fs = eligible(AwsService.FSX, 1).getFirst();
        TrackedJob real = start(new BackupRequest(AwsService.FSX, fs.id(), fs.name(), "", "", List.of(), null, null));
        TrackedJob ghost = real.withServiceJobId("backup-0123456789abcdef0").withProgress(real.progress());
        ghost = new TrackedJob(
                "ghost",
                ghost.service(),
                ghost.connection(),
                ghost.region(),
                ghost.resourceId(),
                ghost.resourceName(),
                ghost.serviceJobId(),
                ghost.request(),
                ghost.startedAt(),
                ghost.progress());
        journal.record(ghost);

        pollUntilAllFinished();

        TrackedJob gone = tracker.jobs().stream()
                .filter(job -> job.id().equals("ghost"))
                .findFirst()
                .orElseThrow();
        assertEquals(JobOutcome.FAILED, gone.progress().outcome());
        assertTrue(gone.progress().message().contains("no longer knows this backup"));
        assertEquals(
                JobOutcome.SUCCEEDED,
                tracker.jobs().stream()
                        .filter(job -> job.id().equals(real.id()))
                        .findFirst()
                        .orElseThrow()
                        .progress()
                        .outcome());
    }

    @Test
    void aThrottledServiceBacksOffWhileTheOthersFinish() {
        startOneOfEach();
        sandbox.configure(c -> new SandboxConfig(
                        c.timeScale(), 0, 0, 1.0, 0, 0, List.of("lightsail:GetRelationalDatabaseSnapshots"), c.seed())
                .withSparseResponses(c.sparseResponses()));

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    tracker.pollNow();
                    tracker.pollDue();
                    return tracker.jobs().stream()
                            .filter(job -> job.service() != AwsService.LIGHTSAIL)
                            .allMatch(TrackedJob::isFinished);
                });

        TrackedJob lightsail = tracker.jobs().stream()
                .filter(job -> job.service() == AwsService.LIGHTSAIL)
                .findFirst()
                .orElseThrow();
        assertFalse(lightsail.isFinished());
        assertFalse(tracker.problemOf(lightsail).isEmpty());
        sandbox.configure(c -> sandbox.testConfig());
        pollUntilAllFinished();
    }

    @Test
    void aJobRecordedButNeverAnsweredIsSentAgainWithItsTokenAfterARestart() {
        Resource fs = eligible(AwsService.FSX, 1).getFirst();
        BackupRequest request =
                new BackupRequest(AwsService.FSX, fs.id(), fs.name(), "after-crash", "", List.of(), null, null);
        journal.record(TrackedJob.submitting(
                "sandbox", "us-east-1", request, Clock.systemUTC().instant()));
        long before = adapters.get(AwsService.FSX).listBackups(fs.id()).size();

        JobJournal reopened = new JobJournal(data, Clock.systemUTC());
        reopened.open();
        journal = reopened;
        submitter = new BackupSubmitter(journal, Clock.systemUTC());
        tracker = newTracker();
        tracker.resume();
        tracker.resume();
        pollUntilAllFinished();

        assertEquals(JobOutcome.SUCCEEDED, tracker.jobs().getFirst().progress().outcome());
        assertEquals(
                before + 1, adapters.get(AwsService.FSX).listBackups(fs.id()).size(), "sent once, found once");
    }

    @Test
    void aPollThatSeesManyJobsChangeWritesTheJournalOnce() {
        for (Resource fs : eligible(AwsService.FSX, 3)) {
            start(new BackupRequest(AwsService.FSX, fs.id(), fs.name(), "together", "", List.of(), null, null));
        }
        AtomicInteger writes = new AtomicInteger();
        journal = new JobJournal(data, Clock.systemUTC(), (channel, bytes) -> {
            writes.incrementAndGet();
            JsonFile.DiskWrites.REAL.write(channel, bytes);
        });
        journal.open();
        submitter = new BackupSubmitter(journal, Clock.systemUTC());
        tracker = newTracker();
        List<Integer> changedPerPoll = new ArrayList<>();

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    tracker.pollNow();
                    int before = writes.get();
                    int changed = tracker.pollDue().size();
                    if (changed > 0) {
                        changedPerPoll.add(changed);
                    }
                    assertEquals(before + (changed > 0 ? 1 : 0), writes.get(), changed + " jobs changed in one poll");
                    return tracker.jobs().stream().allMatch(TrackedJob::isFinished);
                });

        assertTrue(
                changedPerPoll.stream().anyMatch(changed -> changed > 1),
                "the three jobs changed together at least once: " + changedPerPoll);
        assertEquals(
                3,
                new JobJournal(data, Clock.systemUTC())
                        .open().jobs().stream()
                                .filter(job -> job.progress().outcome() == JobOutcome.SUCCEEDED)
                                .count(),
                "every end is journalled");
    }
}
