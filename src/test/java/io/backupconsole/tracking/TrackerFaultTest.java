package io.backupconsole.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.awsbackup.AwsBackupModule;
import io.backupconsole.aws.lightsail.LightsailModule;
import io.backupconsole.aws.opsworkscm.OpsWorksCmModule;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.domain.awsbackup.BackupJobStatus;
import io.backupconsole.domain.rules.AwsBackupRules;
import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.testsupport.CliRequests;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.StandardServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 backups across the four services while the sandbox throttles 10 % of calls, fails 5 % with server errors and
 * loses 5 % of answers: every backup reaches an end, none is made twice, none is lost.
 */
class TrackerFaultTest {
    private static final int BACKUPS = 200;
    private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");

    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @TempDir
    Path data;

    private ServiceAdapters adapters;

    @Test
    void twoHundredBackupsUnderThrottlingServerErrorsAndLostAnswersEndOnceEach() {
        adapters = sandbox.connect("us-east-1");
        try {
            run();
        } finally {
            adapters.close();
        }
    }

    private void run() {
        JobJournal journal = new JobJournal(data, Clock.systemUTC());
        journal.open();
        BackupSubmitter submitter = new BackupSubmitter(journal, Clock.systemUTC());
        JobTracker tracker = new JobTracker(
                journal, (key, region) -> adapters, submitter, Clock.systemUTC(), new PollCadence(new Random(11)));
        List<Resource> resources = new ArrayList<>();
        for (AwsService service : StandardServices.registry().services()) {
            adapters.get(service).listResources().stream()
                    .filter(r -> r.eligibility().allowed())
                    .forEach(resources::add);
        }
        Map<AwsService, Set<String>> before = madeInSandbox();
        String vault = adapters.get(AwsBackupModule.ADAPTER).listVaults().stream()
                .filter(v -> !v.locked())
                .findFirst()
                .orElseThrow()
                .name();
        sandbox.configure(c -> new SandboxConfig(c.timeScale(), 0, 0, 0.10, 0.05, 0.05, List.of(), c.seed()));

        int requested = 0;
        int refused = 0;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (requested < BACKUPS && Instant.now().isBefore(deadline)) {
            Set<String> busy = journal.jobs().stream()
                    .filter(job -> !job.isFinished())
                    .map(TrackedJob::resourceId)
                    .collect(Collectors.toSet());
            for (Resource resource : resources) {
                if (requested == BACKUPS || busy.contains(resource.id())) {
                    continue;
                }
                requested++;
                try {
                    submitter.submit(
                            adapters.starter(resource.service()),
                            "sandbox",
                            "us-east-1",
                            request(resource, vault, requested));
                } catch (SubmitUncertain uncertain) {
                    // Journalled as SUBMITTING: resume() below settles it, as a restart would.
                } catch (ServiceFailure refusal) {
                    refused++;
                }
            }
            tracker.resume();
            tracker.pollNow();
            tracker.pollDue();
        }
        Awaitility.await()
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    tracker.resume();
                    tracker.pollNow();
                    tracker.pollDue();
                    return journal.jobs().stream().allMatch(TrackedJob::isFinished);
                });
        sandbox.configure(c -> SandboxFixture.TEST_CONFIG);

        assertEquals(BACKUPS, requested, "all requested within the time limit");
        List<TrackedJob> jobs = journal.jobs();
        assertEquals(requested - refused, jobs.size(), "every request the services did not refuse is tracked");
        assertTrue(refused < 10, "few refusals under these rates, got " + refused);
        assertTrue(jobs.stream().noneMatch(job -> job.progress().outcome() == JobOutcome.SUBMITTING));
        Map<AwsService, Set<String>> after = madeInSandbox();
        for (AwsService service : StandardServices.registry().services()) {
            Set<String> made = new HashSet<>(after.get(service));
            made.removeAll(before.get(service));
            Set<String> tracked = jobs.stream()
                    .filter(job -> job.service().equals(service) && job.serviceJobId() != null)
                    .map(TrackedJob::serviceJobId)
                    .collect(Collectors.toSet());
            assertEquals(made, tracked, service + ": exactly the backups made, each once");
        }
    }

    /** Each service's request as its command line builds it. */
    private static BackupRequest request(Resource resource, String vault, int n) {
        return CliRequests.request(
                StandardServices.registry(),
                resource,
                Map.of(
                        "--name",
                        resource.id() + "-soak-" + n,
                        "--description",
                        "soak " + n,
                        "--vault",
                        vault,
                        "--role",
                        AwsBackupRules.defaultServiceRole(SimulationContext.ACCOUNT_ID),
                        "--start-window",
                        "60"),
                BackupRequest.newToken());
    }

    /** Every backup id each service holds now (manual backups, snapshots, jobs). */
    private Map<AwsService, Set<String>> madeInSandbox() {
        Map<AwsService, Set<String>> made = new LinkedHashMap<>();
        made.put(
                AwsService.OPSWORKS_CM,
                adapters.get(OpsWorksCmModule.ADAPTER).describeBackups(Optional.empty()).stream()
                        .map(BackupSummary::id)
                        .collect(Collectors.toSet()));
        made.put(
                AwsService.FSX,
                adapters.get(AwsService.FSX).listResources().stream()
                        .flatMap(r -> adapters.get(AwsService.FSX).listBackups(r.id()).stream())
                        .map(BackupSummary::id)
                        .collect(Collectors.toSet()));
        made.put(
                AwsService.LIGHTSAIL,
                adapters.get(LightsailModule.ADAPTER).listSnapshots().stream()
                        .map(BackupSummary::id)
                        .collect(Collectors.toSet()));
        made.put(
                AwsService.BACKUP,
                adapters.get(AwsBackupModule.ADAPTER).listJobs(LONG_AGO, null).stream()
                        .map(BackupJobStatus::jobId)
                        .collect(Collectors.toSet()));
        return made;
    }
}
