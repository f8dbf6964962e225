package io.backupconsole.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backupconsole.aws.BackupStarter;
import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.awsbackup.AwsBackupAdapter;
import io.backupconsole.aws.awsbackup.AwsBackupModule;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupOrigin;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.domain.awsbackup.BackupJobRequest;
import io.backupconsole.domain.rules.AwsBackupRules;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.sandbox.ForcedError;
import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.testsupport.SandboxFixture;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Safe submit against the sandbox's lost-response fault, through the real adapters. */
class BackupSubmitterTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private static ServiceAdapters adapters;

    @TempDir
    Path data;

    private JobJournal journal;
    private BackupSubmitter submitter;

    @BeforeAll
    static void connect() {
        adapters = sandbox.adapters();
    }

    @BeforeEach
    void openJournal() {
        journal = new JobJournal(data, Clock.systemUTC());
        journal.open();
        submitter = new BackupSubmitter(journal, Clock.systemUTC());
    }

    private static void loseEveryAnswerOf(String operation) {
        sandbox.configure(c -> new SandboxConfig(c.timeScale(), 0, 0, 0, 0, 1.0, List.of(operation), c.seed()));
    }

    private static void noFaults() {
        sandbox.configure(c -> SandboxFixture.TEST_CONFIG);
    }

    private static Resource eligible(AwsService service) {
        return adapters.get(service).listResources().stream()
                .filter(resource -> resource.eligibility().allowed())
                .findFirst()
                .orElseThrow();
    }

    private static List<BackupSummary> manualBackupsOf(AwsService service, String resourceId) {
        return adapters.get(service).listBackups(resourceId).stream()
                .filter(backup -> backup.origin() == BackupOrigin.MANUAL)
                .toList();
    }

    private TrackedJob submit(AwsService service, BackupRequest request) {
        return submitter.submit(adapters.starter(service), "sandbox", "us-east-1", request);
    }

    @Test
    void theJobIsJournalledWithItsTokenBeforeTheCreateCall() {
        Resource fs = eligible(AwsService.FSX);
        BackupRequest request =
                new BackupRequest(AwsService.FSX, fs.id(), fs.name(), "nightly", "", List.of(), null, null);
        BackupStarter real = adapters.starter(AwsService.FSX);
        BackupStarter watching = new BackupStarter() {
            @Override
            public String start(BackupRequest sent) {
                List<TrackedJob> journalled =
                        new JobJournal(data, Clock.systemUTC()).open().jobs();
                assertThat(journalled).hasSize(1);
                assertThat(journalled.get(0).progress().outcome()).isEqualTo(JobOutcome.SUBMITTING);
                assertThat(journalled.get(0).request().idempotencyToken()).isEqualTo(sent.idempotencyToken());
                return real.start(sent);
            }

            @Override
            public boolean idempotent() {
                return true;
            }

            @Override
            public Optional<String> findStarted(BackupRequest sent, Instant requestedAt) {
                return Optional.empty();
            }
        };

        TrackedJob job = submitter.submit(watching, "sandbox", "us-east-1", request);

        assertThat(job.progress().outcome()).isEqualTo(JobOutcome.RUNNING);
        assertThat(job.serviceJobId()).startsWith("backup-");
        assertThat(new JobJournal(data, Clock.systemUTC()).open().jobs()).containsExactly(job);
    }

    @Test
    void anFsxBackupWhoseAnswersAreLostIsRetriedWithTheSameTokenAndMadeOnce() {
        Resource fs = eligible(AwsService.FSX);
        int before = manualBackupsOf(AwsService.FSX, fs.id()).size();
        loseEveryAnswerOf("fsx:CreateBackup");

        SubmitUncertain uncertain = (SubmitUncertain) Assertions.catchThrowable(() -> submit(
                AwsService.FSX,
                new BackupRequest(
                        AwsService.FSX,
                        fs.id(),
                        fs.name(),
                        "before-upgrade",
                        "",
                        List.of(new Tag("team", "storage")),
                        null,
                        null)));
        assertThat(uncertain.failure().kind()).isEqualTo(ServiceFailure.Kind.NETWORK);
        assertThat(journal.jobs()).hasSize(1);
        assertThat(journal.jobs().get(0).progress().outcome()).isEqualTo(JobOutcome.SUBMITTING);

        noFaults();
        TrackedJob retried = submitter.retry(adapters.starter(AwsService.FSX), uncertain.job());

        List<BackupSummary> after = manualBackupsOf(AwsService.FSX, fs.id());
        assertThat(after).hasSize(before + 1);
        assertThat(after).extracting(BackupSummary::id).contains(retried.serviceJobId());
        assertThat(sandbox.count("fsx:CreateBackup")).isGreaterThan(2);
    }

    @Test
    void anAwsBackupJobWhoseAnswersAreLostIsStartedOnce() {
        AwsBackupAdapter backup = adapters.get(AwsBackupModule.ADAPTER);
        Resource resource = eligible(AwsService.BACKUP);
        String vault = backup.listVaults().getFirst().name();
        BackupJobRequest job = new BackupJobRequest(
                vault,
                resource.id(),
                AwsBackupRules.defaultServiceRole(SimulationContext.ACCOUNT_ID),
                60L,
                null,
                null,
                List.of(),
                null,
                "action-42");
        BackupRequest request = new BackupRequest(
                AwsService.BACKUP, resource.id(), resource.name(), "", "", List.of(), job, "action-42");
        Instant start = Instant.now().minusSeconds(60);
        loseEveryAnswerOf("backup:StartBackupJob");

        SubmitUncertain uncertain =
                (SubmitUncertain) Assertions.catchThrowable(() -> submit(AwsService.BACKUP, request));
        noFaults();
        TrackedJob retried = submitter.retry(adapters.starter(AwsService.BACKUP), uncertain.job());

        List<String> jobsOfTheResource = backup.listJobs(start, null).stream()
                .filter(status -> status.resourceArn().equals(resource.id()))
                .map(status -> status.jobId())
                .toList();
        assertThat(jobsOfTheResource).containsExactly(retried.serviceJobId());
    }

    @Test
    void aResendThatIsThrottledOrCannotConnectKeepsTheJobForTheNextResend() {
        Resource fs = eligible(AwsService.FSX);
        int before = manualBackupsOf(AwsService.FSX, fs.id()).size();
        loseEveryAnswerOf("fsx:CreateBackup");
        SubmitUncertain lost = (SubmitUncertain) Assertions.catchThrowable(() -> submit(
                AwsService.FSX,
                new BackupRequest(AwsService.FSX, fs.id(), fs.name(), "nightly", "", List.of(), null, null)));

        sandbox.configure(
                c -> new SandboxConfig(c.timeScale(), 0, 0, 1.0, 0, 0, List.of("fsx:CreateBackup"), c.seed()));
        SubmitUncertain throttled = (SubmitUncertain)
                Assertions.catchThrowable(() -> submitter.retry(adapters.starter(AwsService.FSX), lost.job()));
        assertThat(throttled.failure().kind()).isEqualTo(ServiceFailure.Kind.THROTTLED);
        assertThat(throttled.failure().mayHaveTakenEffect())
                .as("the resend itself was refused")
                .isFalse();
        try (ServiceAdapters down = sandbox.clientFactory()
                .connect(new Connection.Sandbox(URI.create("http://127.0.0.1:9"), "us-east-1"))) {
            SubmitUncertain unreachable = (SubmitUncertain)
                    Assertions.catchThrowable(() -> submitter.retry(down.starter(AwsService.FSX), lost.job()));
            assertThat(unreachable.failure().kind()).isEqualTo(ServiceFailure.Kind.NETWORK);
        }
        assertThat(journal.jobs())
                .as("neither says anything about the first send, which made the backup")
                .extracting(job -> job.progress().outcome())
                .containsExactly(JobOutcome.SUBMITTING);

        noFaults();
        TrackedJob found = submitter.retry(adapters.starter(AwsService.FSX), lost.job());

        assertThat(manualBackupsOf(AwsService.FSX, fs.id())).hasSize(before + 1);
        assertThat(found.progress().outcome()).isEqualTo(JobOutcome.RUNNING);
    }

    @Test
    void anOpsWorksRefusalIsBelievedEvenWhenTheLookupAfterItFails() {
        Resource server = eligible(AwsService.OPSWORKS_CM);
        sandbox.configure(
                c -> new SandboxConfig(c.timeScale(), 0, 0, 0, 0, 1.0, List.of("opsworkscm:DescribeBackups"), c.seed())
                        .withForcedErrors(List.of(new ForcedError(
                                "opsworkscm:CreateBackup", 400, "ValidationException", "Description is too long."))));

        Throwable refused = Assertions.catchThrowable(() -> submit(
                AwsService.OPSWORKS_CM,
                new BackupRequest(AwsService.OPSWORKS_CM, server.id(), server.name(), "", "x", List.of(), null, null)));

        assertThat(refused).isInstanceOf(ServiceFailure.class);
        assertThat(((ServiceFailure) refused).kind()).isEqualTo(ServiceFailure.Kind.INVALID_INPUT);
        assertThat(journal.jobs())
                .as("a 4xx answer made nothing: no job to resend")
                .isEmpty();
    }

    @Test
    void anOpsWorksBackupWhoseAnswersAreLostIsFoundInsteadOfSentAgain() {
        Resource server = eligible(AwsService.OPSWORKS_CM);
        int before = manualBackupsOf(AwsService.OPSWORKS_CM, server.id()).size();
        loseEveryAnswerOf("opsworkscm:CreateBackup");

        TrackedJob job = submit(
                AwsService.OPSWORKS_CM,
                new BackupRequest(
                        AwsService.OPSWORKS_CM,
                        server.id(),
                        server.name(),
                        "",
                        "before the Chef upgrade",
                        List.of(),
                        null,
                        null));

        noFaults();
        assertThat(sandbox.count("opsworkscm:CreateBackup"))
                .as("CreateBackup has no token: the SDK must not resend it after a lost answer")
                .isEqualTo(1);
        List<BackupSummary> after = manualBackupsOf(AwsService.OPSWORKS_CM, server.id());
        assertThat(after).hasSize(before + 1);
        assertThat(job.progress().outcome()).isEqualTo(JobOutcome.RUNNING);
        assertThat(after).extracting(BackupSummary::id).contains(job.serviceJobId());
    }

    @Test
    void anOpsWorksRetryLooksBeforeItSendsWhenTheFirstLookupFailedToo() {
        Resource server = eligible(AwsService.OPSWORKS_CM);
        int before = manualBackupsOf(AwsService.OPSWORKS_CM, server.id()).size();
        sandbox.configure(c -> new SandboxConfig(
                c.timeScale(),
                0,
                0,
                0,
                0,
                1.0,
                List.of("opsworkscm:CreateBackup", "opsworkscm:DescribeBackups"),
                c.seed()));

        SubmitUncertain uncertain = (SubmitUncertain) Assertions.catchThrowable(() -> submit(
                AwsService.OPSWORKS_CM,
                new BackupRequest(AwsService.OPSWORKS_CM, server.id(), server.name(), "", "", List.of(), null, null)));
        noFaults();
        TrackedJob retried = submitter.retry(adapters.starter(AwsService.OPSWORKS_CM), uncertain.job());

        assertThat(sandbox.count("opsworkscm:CreateBackup"))
                .as("found, not sent again")
                .isEqualTo(1);
        assertThat(manualBackupsOf(AwsService.OPSWORKS_CM, server.id())).hasSize(before + 1);
        assertThat(retried.progress().outcome()).isEqualTo(JobOutcome.RUNNING);
    }

    @Test
    void aLightsailSnapshotWhoseAnswersAreLostIsFoundByItsName() {
        Resource database = eligible(AwsService.LIGHTSAIL);
        loseEveryAnswerOf("lightsail:CreateRelationalDatabaseSnapshot");

        TrackedJob job = submit(
                AwsService.LIGHTSAIL,
                new BackupRequest(
                        AwsService.LIGHTSAIL,
                        database.id(),
                        database.name(),
                        "before-migration-1",
                        "",
                        List.of(),
                        null,
                        null));

        noFaults();
        assertThat(job.serviceJobId()).isEqualTo("before-migration-1");
        assertThat(manualBackupsOf(AwsService.LIGHTSAIL, database.id()))
                .filteredOn(snapshot -> snapshot.id().equals("before-migration-1"))
                .hasSize(1);
    }

    @Test
    void aRequestTheServiceRefusesIsReportedAndForgotten() {
        Resource server = eligible(AwsService.OPSWORKS_CM);

        assertThatThrownBy(() -> submit(
                        AwsService.OPSWORKS_CM,
                        new BackupRequest(
                                AwsService.OPSWORKS_CM,
                                server.id(),
                                server.name(),
                                "",
                                "",
                                List.of(new Tag("aws:reserved", "x")),
                                null,
                                null)))
                .isInstanceOfSatisfying(
                        ServiceFailure.class,
                        failure -> assertThat(failure.kind()).isEqualTo(ServiceFailure.Kind.INVALID_INPUT));
        assertThat(journal.jobs()).isEmpty();
        assertThat(new JobJournal(data, Clock.systemUTC()).open().jobs()).isEmpty();
    }
}
