package io.backupconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupOrigin;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.rules.Violation;
import io.backupconsole.sandbox.ForcedError;
import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.StandardServices;
import io.backupconsole.tracking.TrackedJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup} in-process against the sandbox (600x time), through --endpoint-url like a script would. */
class BackupCommandTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @TempDir
    Path data;

    private String endpoint;
    private String fileSystem;

    @BeforeEach
    void pickAFileSystem() {
        endpoint = sandbox.server().endpoint().toString();
        // Judged from full answers: a sparse answer leaves whether it can be backed up to the service.
        fileSystem = sandbox.withFullAnswers(() -> sandbox.adapters().get(AwsService.FSX).listResources().stream()
                .filter(resource ->
                        resource.eligibility().allowed() && resource.id().startsWith("fs-"))
                .findFirst()
                .orElseThrow()
                .id());
    }

    private CommandRun backup(String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("backup", "--endpoint-url", endpoint));
        args.addAll(List.of(more));
        return CommandRun.run(data, args.toArray(String[]::new));
    }

    private List<BackupSummary> manualBackups(String resourceId) {
        return sandbox.adapters().get(AwsService.FSX).listBackups(resourceId).stream()
                .filter(backup -> backup.origin() == BackupOrigin.MANUAL)
                .toList();
    }

    @Test
    void anInvalidTagIsRefusedWithItsFieldAndNothingIsSent() throws Exception {
        CommandRun run = backup("--service", "fsx", "--resource", fileSystem, "--tag", "aws:owner=ops", "--wait");

        assertEquals(2, run.exitCode, run.toString());
        assertTrue(
                run.err.contains("error: Tags[0].Key: Tag keys starting with \"aws:\" are reserved for AWS."),
                run.toString());
        assertEquals(0, sandbox.count("fsx:CreateBackup"));
        assertTrue(Files.notExists(data.resolve("jobs.json")), "nothing journalled");
    }

    @Test
    void aFlagSeveralOtherServicesHaveNamesThemAll() throws Exception {
        Options options = Options.parse(StandardServices.registry(), new String[] {
            "backup",
            "--service",
            "backup",
            "--resource",
            "arn:aws:ec2:us-east-1:123456789012:volume/vol-0abc",
            "--vault",
            "nightly",
            "--name",
            "nightly"
        });

        BackupRequests.Built built = BackupRequests.build(StandardServices.registry(), options.backup(), Instant.now());

        assertEquals(
                List.of(new Violation("--name", "is an Amazon FSx and Amazon Lightsail option; AWS Backup has none.")),
                built.problems());
        assertEquals(null, built.request());
    }

    @Test
    void everyProblemGetsItsOwnLineAndOtherServicesOptionsAreRefused() throws Exception {
        CommandRun run = backup(
                "--service",
                "backup",
                "--resource",
                "arn:aws:ec2:us-east-1:123456789012:volume/vol-1",
                "--start-window",
                "30",
                "--description",
                "nightly");

        assertEquals(2, run.exitCode, run.toString());
        assertTrue(
                run.err.contains("error: --description: is an OpsWorks CM option; AWS Backup has none."),
                run.toString());
        assertTrue(run.err.contains("error: BackupVaultName: --vault is required for AWS Backup"), run.toString());
        assertTrue(run.err.contains("error: StartWindowMinutes: Start window must be between 60"), run.toString());
        assertEquals(0, sandbox.count("backup:StartBackupJob"));
    }

    @Test
    void aValidFsxBackupIsFollowedToItsEnd() throws Exception {
        CommandRun run = backup(
                "--service", "fsx", "--resource", fileSystem, "--name", "nightly", "--tag", "team=storage", "--wait");

        assertEquals(0, run.exitCode, run.toString());
        assertTrue(run.out.contains("outcome: SUCCEEDED"), run.toString());
        TrackedJob job = CommandRun.journal(data).getFirst();
        assertEquals(JobOutcome.SUCCEEDED, job.progress().outcome());
        assertTrue(
                run.out.contains("job-id: " + job.id()) && run.out.contains("service-id: " + job.serviceJobId()),
                run.toString());
        assertTrue(manualBackups(fileSystem).stream()
                .anyMatch(backup -> backup.id().equals(job.serviceJobId())));
        assertTrue(
                run.err.lines().anyMatch(line -> line.startsWith("AVAILABLE  100%")),
                "one line per state change when stderr is no terminal:\n" + run.err);
        assertEquals(1, sandbox.count("fsx:CreateBackup"));
    }

    @Test
    void aFileSystemIsBackedUpWhenTheEndpointDoesNotImplementDescribeVolumes() throws Exception {
        sandbox.configure(c -> c.withUnsupportedOperations(List.of("fsx:DescribeVolumes")));

        CommandRun run = backup("--service", "fsx", "--resource", fileSystem);

        assertEquals(0, run.exitCode, run.toString());
        assertTrue(
                run.err
                        .lines()
                        .anyMatch(
                                line -> line.startsWith("warning: FSx volumes are not listed (DescribeVolumes failed)")
                                        && line.contains("UnknownOperationException")),
                run.toString());
        assertFalse(run.err.contains("error:"), run.toString());
        assertTrue(run.out.contains("service-id: backup-"), run.toString());
        assertEquals(1, sandbox.count("fsx:CreateBackup"));
    }

    @Test
    void aFileSystemIsBackedUpWhenDescribeVolumesAnswersAServerError() throws Exception {
        sandbox.configure(
                c -> new SandboxConfig(c.timeScale(), 0, 0, 0, 1.0, 0, List.of("fsx:DescribeVolumes"), c.seed())
                        .withSparseResponses(c.sparseResponses()));

        CommandRun run = backup("--service", "fsx", "--resource", fileSystem);

        assertEquals(0, run.exitCode, run.toString());
        assertTrue(
                run.err.lines().anyMatch(line -> line.startsWith("warning: ") && line.contains("InternalServerError")),
                run.toString());
        assertFalse(run.err.contains("null"), run.toString());
        assertEquals(1, sandbox.count("fsx:CreateBackup"));
    }

    @Test
    void lostAnswersNeverMakeTwoBackupsAndTheJobIsFinishedLater() throws Exception {
        int before = manualBackups(fileSystem).size();
        sandbox.configure(c -> new SandboxConfig(c.timeScale(), 0, 0, 0, 0, 1.0, List.of("fsx:CreateBackup"), c.seed())
                .withSparseResponses(c.sparseResponses()));

        CommandRun lost = backup("--service", "fsx", "--resource", fileSystem, "--wait");

        assertEquals(1, lost.exitCode, lost.toString());
        assertTrue(lost.err.contains("sent again with the same token"), lost.toString());
        assertTrue(sandbox.count("fsx:CreateBackup") > 1, "the same request was sent several times");
        assertEquals(before + 1, manualBackups(fileSystem).size(), "one backup, however many sends");
        assertEquals(
                JobOutcome.SUBMITTING,
                CommandRun.journal(data).getFirst().progress().outcome());

        sandbox.configure(c -> sandbox.testConfig());
        CommandRun watched = CommandRun.run(data, "jobs", "--watch");

        assertEquals(0, watched.exitCode, watched.toString());
        TrackedJob job = CommandRun.journal(data).getFirst();
        assertEquals(JobOutcome.SUCCEEDED, job.progress().outcome(), watched.toString());
        List<BackupSummary> after = manualBackups(fileSystem);
        assertEquals(before + 1, after.size());
        assertTrue(after.stream().anyMatch(backup -> backup.id().equals(job.serviceJobId())));
    }

    @Test
    void aRefusalWithACodeNoModelListsEndsAtOnceWithTheServicesWordsAndNoJob() throws Exception {
        sandbox.configure(c -> c.withForcedErrors(List.of(
                new ForcedError("fsx:CreateBackup", 400, "BackupsPausedException", "Backups are paused today."))));

        CommandRun run = backup("--service", "fsx", "--resource", fileSystem, "--wait");

        assertEquals(1, run.exitCode, run.toString());
        assertEquals("error: Backups are paused today. (BackupsPausedException)\n", run.err, run.toString());
        assertEquals(1, sandbox.count("fsx:CreateBackup"), "a refusal is not sent again");
        assertTrue(CommandRun.journal(data).isEmpty(), "nothing was made, so no job is kept");
    }

    @Test
    void everyServiceStartsABackupFromTheCommand() throws Exception {
        String efs = sandbox.idsByName(AwsService.BACKUP).get("shared-home");
        List<List<String>> commands = List.of(
                List.of("--service", "opsworkscm", "--resource", "chef-prod", "--description", "from a script"),
                List.of("--service", "lightsail", "--resource", "shop-mysql", "--name", "shop-mysql-scripted"),
                List.of("--service", "backup", "--resource", efs, "--vault", "Default"));
        for (List<String> command : commands) {
            CommandRun run = backup(command.toArray(String[]::new));

            assertEquals(0, run.exitCode, command + "\n" + run);
            assertTrue(run.out.contains("service-id: "), run.toString());
            assertFalse(run.err.contains("null"), run.toString());
        }
        assertEquals(1, sandbox.count("opsworkscm:CreateBackup"));
        assertEquals(1, sandbox.count("lightsail:CreateRelationalDatabaseSnapshot"));
        assertEquals(1, sandbox.count("backup:StartBackupJob"));
        assertEquals(3, CommandRun.journal(data).size());
        assertTrue(
                CommandRun.journal(data).stream().allMatch(job -> job.progress().outcome() == JobOutcome.RUNNING));
    }

    @Test
    void aBackupThatFailsEndsWithExitCode1AndTheReason() throws Exception {
        sandbox.configure(c -> c.withBackupFailureRate(1.0));

        CommandRun run = backup("--service", "fsx", "--resource", fileSystem, "--wait");

        assertEquals(1, run.exitCode, run.toString());
        assertTrue(run.out.contains("outcome: FAILED"), run.toString());
        assertTrue(run.err.contains("error: the backup ended FAILED"), run.toString());
    }

    @Test
    void aResourceThatDoesNotExistIsRefusedBeforeSending() throws Exception {
        CommandRun run = backup("--service", "fsx", "--resource", "fs-0123456789abcdef0");

        assertEquals(1, run.exitCode, run.toString());
        assertTrue(
                run.err.contains("Amazon FSx has no file system or volume \"fs-0123456789abcdef0\""), run.toString());
        assertEquals(0, sandbox.count("fsx:CreateBackup"));
    }

    @Test
    void aLightsailSnapshotIsNamedAfterItsDatabaseAndTheMinuteInUtc() throws Exception {
        Options options = Options.parse(
                StandardServices.registry(),
                new String[] {"backup", "--service", "lightsail", "--resource", "orders-pg"});

        BackupRequests.Built built = BackupRequests.build(
                StandardServices.registry(), options.backup(), Instant.parse("2026-12-01T21:15:42Z"));

        assertEquals(List.of(), built.problems());
        assertEquals("orders-pg-20261201-2115", built.request().name());
    }

    @Test
    void anAwsBackupRoleDefaultsToTheAccountsDefaultServiceRole() throws Exception {
        Options options = Options.parse(StandardServices.registry(), new String[] {
            "backup",
            "--service",
            "backup",
            "--resource",
            "arn:aws:ec2:us-east-1:123456789012:volume/vol-0abc",
            "--vault",
            "nightly",
            "--delete-after",
            "35"
        });

        BackupRequests.Built built = BackupRequests.build(StandardServices.registry(), options.backup(), Instant.now());

        assertEquals(List.of(), built.problems());
        assertEquals(
                "arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole",
                built.request().awsBackup().iamRoleArn());
        assertEquals(35L, built.request().awsBackup().lifecycle().deleteAfterDays());
        assertEquals(
                built.request().idempotencyToken(), built.request().awsBackup().idempotencyToken());
    }

    @Test
    void withoutWaitingTheJobIsLeftRunningInTheJournal() throws Exception {
        CommandRun run = backup("--service", "fsx", "--resource", fileSystem);

        assertEquals(0, run.exitCode, run.toString());
        TrackedJob job = CommandRun.journal(data).getFirst();
        assertEquals(JobOutcome.RUNNING, job.progress().outcome());
        assertEquals("endpoint:" + endpoint, job.connection());
        assertEquals("us-east-1", job.region());
    }

    @Test
    void coldStorageForATypeWithoutItIsAWarningAndTheBackupStarts() throws Exception {
        CommandRun run = backup(
                "--service",
                "backup",
                "--resource",
                "arn:aws:fsx:us-east-1:123456789012:file-system/fs-0a1b2c3d4e5f60001",
                "--vault",
                "Default",
                "--cold-after",
                "30",
                "--delete-after",
                "35");

        assertEquals(0, run.exitCode, run.toString());
        assertTrue(
                run.err.contains("warning: FSx file system backups have no cold storage: AWS Backup ignores the 30 days"
                        + " before cold storage"),
                run.toString());
        assertEquals(1, sandbox.count("backup:StartBackupJob"));
        TrackedJob job = CommandRun.journal(data).getFirst();
        assertEquals(30L, job.request().awsBackup().lifecycle().moveToColdStorageAfterDays(), "sent as asked");
    }
}
