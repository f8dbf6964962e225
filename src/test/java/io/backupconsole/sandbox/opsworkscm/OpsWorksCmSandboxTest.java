package io.backupconsole.sandbox.opsworkscm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.testsupport.SandboxFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.opsworkscm.OpsWorksCmClient;
import software.amazon.awssdk.services.opsworkscm.model.Backup;
import software.amazon.awssdk.services.opsworkscm.model.BackupStatus;
import software.amazon.awssdk.services.opsworkscm.model.BackupType;
import software.amazon.awssdk.services.opsworkscm.model.InvalidNextTokenException;
import software.amazon.awssdk.services.opsworkscm.model.InvalidStateException;
import software.amazon.awssdk.services.opsworkscm.model.LimitExceededException;
import software.amazon.awssdk.services.opsworkscm.model.ResourceNotFoundException;
import software.amazon.awssdk.services.opsworkscm.model.Server;
import software.amazon.awssdk.services.opsworkscm.model.ServerStatus;
import software.amazon.awssdk.services.opsworkscm.model.Tag;
import software.amazon.awssdk.services.opsworkscm.model.ValidationException;

/** DescribeServers and CreateBackup through the real OpsWorks CM SDK client over HTTP. */
class OpsWorksCmSandboxTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private OpsWorksCmClient client() {
        return sandbox.clients().opsWorksCm();
    }

    /** Runs simulated time at wall-clock speed, so a new backup is still running when the next call looks. */
    private static void realTime() {
        sandbox.configure(c -> c.withTimeScale(1.0));
    }

    private Server server(String name) {
        return client().describeServers(r -> r.serverName(name)).servers().getFirst();
    }

    private Map<String, String> statuses(OpsWorksCmClient client) {
        return client.describeServers(r -> {}).servers().stream()
                .collect(Collectors.toMap(Server::serverName, Server::statusAsString));
    }

    @Test
    void usEast1IsSeededWithServersInEveryInterestingState() {
        assertEquals(
                Map.of(
                        "chef-prod",
                        "HEALTHY",
                        "puppet-prod",
                        "RUNNING",
                        "chef-staging",
                        "UNHEALTHY",
                        "puppet-ci",
                        "BACKING_UP",
                        "chef-legacy",
                        "UNDER_MAINTENANCE",
                        "puppet-new",
                        "CREATING",
                        "chef-archive",
                        "HEALTHY"),
                statuses(client()));
        Server chef = server("chef-prod");
        assertEquals(
                List.of("ChefAutomate", "Single", "2"),
                List.of(chef.engine(), chef.engineModel(), chef.engineVersion()));
        assertTrue(chef.serverArn().startsWith("arn:aws:opsworks-cm:us-east-1:123456789012:server/chef-prod/"));
        assertTrue(chef.endpoint().endsWith(".us-east-1.opsworks-cm.io"));
        Server puppet = server("puppet-prod");
        assertEquals(
                List.of("Puppet", "Monolithic", "2019"),
                List.of(puppet.engine(), puppet.engineModel(), puppet.engineVersion()));
        assertFalse(server("chef-staging").statusReason().isBlank());
    }

    @Test
    void theBusySeedServerHasARunningManualBackup() {
        List<Backup> running = client().describeBackups(r -> r.serverName("puppet-ci")).backups().stream()
                .filter(b -> b.status() == BackupStatus.IN_PROGRESS)
                .toList();
        assertEquals(1, running.size());
        assertEquals(BackupType.MANUAL, running.getFirst().backupType());
    }

    @Test
    void healthySeedServersHaveAutomatedManualAndFailedBackups() {
        for (String name : List.of("chef-prod", "puppet-prod", "chef-staging")) {
            List<Backup> backups =
                    client().describeBackups(r -> r.serverName(name)).backups();
            assertTrue(backups.stream().anyMatch(b -> b.backupType() == BackupType.AUTOMATED), name);
            assertTrue(backups.stream().anyMatch(b -> b.backupType() == BackupType.MANUAL), name);
            assertEquals(
                    1,
                    backups.stream()
                            .filter(b -> b.status() == BackupStatus.FAILED)
                            .count(),
                    name);
            assertTrue(
                    backups.stream()
                            .filter(b -> b.status() == BackupStatus.FAILED)
                            .allMatch(b -> OpsWorksCmBackupOperations.FAILURE_REASONS.contains(b.statusDescription())),
                    name);
        }
    }

    @Test
    void regionsAreSeededDifferently() {
        assertEquals(
                Map.of("chef-eu-prod", "HEALTHY", "puppet-eu", "RUNNING", "puppet-eu-old", "FAILED"),
                statuses(sandbox.clients("eu-west-1").opsWorksCm()));
        assertEquals(Map.of(), statuses(sandbox.clients("ap-southeast-2").opsWorksCm()));
        assertThrows(
                ResourceNotFoundException.class,
                () -> sandbox.clients("eu-west-1").opsWorksCm().describeServers(r -> r.serverName("chef-prod")));
    }

    @Test
    void describeServersRefusesUnknownAndInvalidInput() {
        assertThrows(ResourceNotFoundException.class, () -> client().describeServers(r -> r.serverName("nope")));
        ValidationException invalid =
                assertThrows(ValidationException.class, () -> client().describeServers(r -> r.serverName("9lives")));
        assertTrue(invalid.awsErrorDetails().errorMessage().contains("ServerName"));
        assertThrows(ValidationException.class, () -> client().describeServers(r -> r.serverName("a".repeat(41))));
        ValidationException maxResults =
                assertThrows(ValidationException.class, () -> client().describeServers(r -> r.maxResults(0)));
        assertTrue(maxResults.awsErrorDetails().errorMessage().contains("MaxResults"));
    }

    @Test
    void describeServersPagesWithMaxResults() {
        List<String> names = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String current = token;
            var page = client().describeServers(r -> r.maxResults(2).nextToken(current));
            assertTrue(page.servers().size() <= 2);
            page.servers().forEach(s -> names.add(s.serverName()));
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertEquals(4, pages);
        assertEquals(7, names.stream().distinct().count());
        assertEquals(
                7,
                client().describeServersPaginator(r -> r.maxResults(3)).servers().stream()
                        .count());
        assertThrows(InvalidNextTokenException.class, () -> client().describeServers(r -> r.nextToken("garbage")));
    }

    @Test
    void createBackupRunsToOkAndTheServerReturnsToItsStatus() {
        realTime();
        Instant before = sandbox.server().clock().now();
        Backup backup = client().createBackup(r -> r.serverName("chef-prod")
                        .description("Before release 5")
                        .tags(Tag.builder().key("Stage").value("prod").build()))
                .backup();
        assertTrue(backup.backupId().matches("chef-prod-\\d{17}"), backup.backupId());
        assertEquals(BackupStatus.IN_PROGRESS, backup.status());
        assertEquals(BackupType.MANUAL, backup.backupType());
        assertEquals("arn:aws:opsworks-cm:us-east-1:123456789012:backup/" + backup.backupId(), backup.backupArn());
        assertEquals("Before release 5", backup.description());
        assertEquals(
                List.of("ChefAutomate", "Single", "2", "m5.large"),
                List.of(backup.engine(), backup.engineModel(), backup.engineVersion(), backup.instanceType()));
        assertEquals("chef-prod", backup.serverName());
        assertTrue(backup.userArn().startsWith("arn:aws:iam::123456789012:"));
        assertTrue(backup.s3LogUrl().startsWith("https://"));
        assertEquals("08:00", backup.preferredBackupWindow());
        assertFalse(backup.toolsVersion().isBlank());
        assertFalse(backup.createdAt().isBefore(before.truncatedTo(ChronoUnit.MILLIS)));
        assertEquals(ServerStatus.BACKING_UP, server("chef-prod").status());

        InvalidStateException busy =
                assertThrows(InvalidStateException.class, () -> client().createBackup(r -> r.serverName("chef-prod")));
        assertTrue(busy.awsErrorDetails().errorMessage().contains("BACKING_UP"));

        sandbox.server().clock().advance(Duration.ofMinutes(10));
        Backup done = client().describeBackups(r -> r.backupId(backup.backupId()))
                .backups()
                .getFirst();
        assertEquals(BackupStatus.OK, done.status());
        assertEquals(ServerStatus.HEALTHY, server("chef-prod").status());
    }

    @Test
    void aFailingBackupEndsFailedWithAReason() {
        realTime();
        sandbox.configure(c -> c.withBackupFailureRate(1.0));
        Backup backup = client().createBackup(r -> r.serverName("chef-staging")).backup();
        assertEquals(ServerStatus.BACKING_UP, server("chef-staging").status());
        sandbox.server().clock().advance(Duration.ofMinutes(10));
        Backup failed = client().describeBackups(r -> r.backupId(backup.backupId()))
                .backups()
                .getFirst();
        assertEquals(BackupStatus.FAILED, failed.status());
        assertTrue(OpsWorksCmBackupOperations.FAILURE_REASONS.contains(failed.statusDescription()));
        assertEquals(ServerStatus.UNHEALTHY, server("chef-staging").status());
    }

    @Test
    void onlyRunningHealthyAndUnhealthyServersCanBeBackedUp() {
        for (String name : List.of("puppet-prod", "chef-staging")) {
            assertEquals(
                    BackupStatus.IN_PROGRESS,
                    client().createBackup(r -> r.serverName(name)).backup().status());
        }
        for (var entry : Map.of("puppet-new", "CREATING", "chef-legacy", "UNDER_MAINTENANCE", "puppet-ci", "BACKING_UP")
                .entrySet()) {
            InvalidStateException refused = assertThrows(
                    InvalidStateException.class, () -> client().createBackup(r -> r.serverName(entry.getKey())));
            assertTrue(refused.awsErrorDetails().errorMessage().contains(entry.getValue()), refused.getMessage());
        }
        assertThrows(ResourceNotFoundException.class, () -> client().createBackup(r -> r.serverName("ghost")));
    }

    @Test
    void fiftyManualBackupsAreTheLimitAndAutomatedOnesDoNotCount() {
        List<Backup> archive =
                client().describeBackups(r -> r.serverName("chef-archive")).backups();
        assertEquals(
                50,
                archive.stream()
                        .filter(b -> b.backupType() == BackupType.MANUAL)
                        .count());
        assertTrue(archive.stream().anyMatch(b -> b.backupType() == BackupType.AUTOMATED));
        assertThrows(LimitExceededException.class, () -> client().createBackup(r -> r.serverName("chef-archive")));

        String oldestManual = archive.stream()
                .filter(b -> b.backupType() == BackupType.MANUAL)
                .toList()
                .getLast()
                .backupId();
        client().deleteBackup(r -> r.backupId(oldestManual));
        assertEquals(
                BackupStatus.IN_PROGRESS,
                client().createBackup(r -> r.serverName("chef-archive"))
                        .backup()
                        .status());
    }

    @Test
    void createBackupValidatesItsInput() {
        assertThrows(ValidationException.class, () -> client().createBackup(r -> {}));
        assertThrows(ValidationException.class, () -> client().createBackup(r -> r.serverName("chef_prod")));
        assertThrows(
                ValidationException.class,
                () -> client().createBackup(r -> r.serverName("chef-prod").description("x".repeat(10_001))));
        ValidationException missingValue = assertThrows(
                ValidationException.class,
                () -> client().createBackup(r ->
                        r.serverName("chef-prod").tags(Tag.builder().key("k").build())));
        assertTrue(missingValue.awsErrorDetails().errorMessage().contains("Tags[0].Value"));
        assertThrows(
                ValidationException.class,
                () -> client().createBackup(r -> r.serverName("chef-prod")
                        .tags(Tag.builder()
                                .key("owner")
                                .value("ops@example.com")
                                .build())));
        List<Tag> tooMany = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            tooMany.add(Tag.builder().key("k" + i).value("v").build());
        }
        ValidationException count = assertThrows(
                ValidationException.class,
                () -> client().createBackup(r -> r.serverName("chef-prod").tags(tooMany)));
        assertTrue(count.awsErrorDetails().errorMessage().contains("Tags"));
        assertEquals(ServerStatus.HEALTHY, server("chef-prod").status(), "refused requests start nothing");
    }
}
