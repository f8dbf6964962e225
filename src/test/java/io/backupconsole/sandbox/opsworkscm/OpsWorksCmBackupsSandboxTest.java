package io.backupconsole.sandbox.opsworkscm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.sandbox.support.SimulatedRun;
import io.backupconsole.testsupport.SandboxFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.opsworkscm.OpsWorksCmClient;
import software.amazon.awssdk.services.opsworkscm.model.Backup;
import software.amazon.awssdk.services.opsworkscm.model.BackupStatus;
import software.amazon.awssdk.services.opsworkscm.model.DescribeBackupsResponse;
import software.amazon.awssdk.services.opsworkscm.model.InvalidNextTokenException;
import software.amazon.awssdk.services.opsworkscm.model.InvalidStateException;
import software.amazon.awssdk.services.opsworkscm.model.ResourceNotFoundException;
import software.amazon.awssdk.services.opsworkscm.model.ValidationException;

/** DescribeBackups and DeleteBackup through the real OpsWorks CM SDK client over HTTP. */
class OpsWorksCmBackupsSandboxTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private OpsWorksCmClient client() {
        return sandbox.clients().opsWorksCm();
    }

    private static boolean newestFirst(List<Backup> backups) {
        List<Backup> sorted = new ArrayList<>(backups);
        sorted.sort(Comparator.comparing(Backup::createdAt).reversed());
        return sorted.stream()
                .map(Backup::createdAt)
                .toList()
                .equals(backups.stream().map(Backup::createdAt).toList());
    }

    @Test
    void describeBackupsListsNewestFirstWithFilters() {
        List<Backup> all = client().describeBackups(r -> {}).backups();
        assertTrue(all.size() > 80, "every server's backups: " + all.size());
        assertTrue(newestFirst(all));
        List<Backup> chef =
                client().describeBackups(r -> r.serverName("chef-prod")).backups();
        assertTrue(chef.stream().allMatch(b -> b.serverName().equals("chef-prod")));
        assertTrue(newestFirst(chef));
        String id = chef.get(2).backupId();
        assertEquals(
                List.of(id),
                client().describeBackups(r -> r.backupId(id)).backups().stream()
                        .map(Backup::backupId)
                        .toList());
        assertEquals(
                List.of(id),
                client().describeBackups(r -> r.backupId(id).serverName("chef-prod")).backups().stream()
                        .map(Backup::backupId)
                        .toList());
        assertEquals(
                List.of(),
                client().describeBackups(r -> r.backupId(id).serverName("puppet-prod"))
                        .backups());
        assertEquals(
                List.of(),
                client().describeBackups(r -> r.serverName("puppet-new")).backups());
    }

    @Test
    void describeBackupsRefusesUnknownAndInvalidInput() {
        assertThrows(ResourceNotFoundException.class, () -> client().describeBackups(r -> r.serverName("ghost")));
        assertThrows(
                ResourceNotFoundException.class,
                () -> client().describeBackups(r -> r.backupId("chef-prod-20000101000000000")));
        ValidationException badId =
                assertThrows(ValidationException.class, () -> client().describeBackups(r -> r.backupId("1-not-an-id")));
        assertTrue(badId.awsErrorDetails().errorMessage().contains("BackupId"));
        assertThrows(ValidationException.class, () -> client().describeBackups(r -> r.backupId("b".repeat(80))));
        assertThrows(ValidationException.class, () -> client().describeBackups(r -> r.serverName("bad name")));
        assertThrows(ValidationException.class, () -> client().describeBackups(r -> r.maxResults(0)));
    }

    @Test
    void describeBackupsPagesWithMaxResults() {
        List<String> ids = new ArrayList<>();
        String token = null;
        do {
            String current = token;
            DescribeBackupsResponse page = client().describeBackups(
                            r -> r.serverName("chef-archive").maxResults(7).nextToken(current));
            assertTrue(page.backups().size() <= 7);
            page.backups().forEach(b -> ids.add(b.backupId()));
            token = page.nextToken();
        } while (token != null);
        assertEquals(52, ids.size());
        assertEquals(52, ids.stream().distinct().count());
        List<Backup> viaPaginator =
                client()
                        .describeBackupsPaginator(
                                r -> r.serverName("chef-archive").maxResults(5))
                        .backups()
                        .stream()
                        .toList();
        assertEquals(ids, viaPaginator.stream().map(Backup::backupId).toList());
        assertTrue(newestFirst(viaPaginator));
        assertThrows(InvalidNextTokenException.class, () -> client().describeBackups(r -> r.nextToken("not-a-token")));
    }

    @Test
    void deleteBackupShowsDeletingThenTheBackupIsGone() {
        // Real time, so DELETING (seconds of simulated time) cannot pass between two calls on a loaded machine.
        sandbox.configure(c -> c.withTimeScale(1.0));
        Backup ok = client().describeBackups(r -> r.serverName("puppet-prod")).backups().stream()
                .filter(b -> b.status() == BackupStatus.OK)
                .findFirst()
                .orElseThrow();
        client().deleteBackup(r -> r.backupId(ok.backupId()));
        Backup deleting = client().describeBackups(r -> r.backupId(ok.backupId()))
                .backups()
                .getFirst();
        assertEquals(BackupStatus.DELETING, deleting.status());
        InvalidStateException again =
                assertThrows(InvalidStateException.class, () -> client().deleteBackup(r -> r.backupId(ok.backupId())));
        assertTrue(again.awsErrorDetails().errorMessage().contains("already being deleted"));

        sandbox.server().clock().advance(Duration.ofMinutes(1));
        assertThrows(ResourceNotFoundException.class, () -> client().describeBackups(r -> r.backupId(ok.backupId())));
        assertThrows(ResourceNotFoundException.class, () -> client().deleteBackup(r -> r.backupId(ok.backupId())));
    }

    @Test
    void failedAndAutomatedBackupsCanBeDeletedButARunningOneCannot() {
        List<Backup> staging =
                client().describeBackups(r -> r.serverName("chef-staging")).backups();
        Backup failed = staging.stream()
                .filter(b -> b.status() == BackupStatus.FAILED)
                .findFirst()
                .orElseThrow();
        client().deleteBackup(r -> r.backupId(failed.backupId()));
        Backup automated = staging.stream()
                .filter(b -> b.backupTypeAsString().equals("AUTOMATED"))
                .findFirst()
                .orElseThrow();
        client().deleteBackup(r -> r.backupId(automated.backupId()));

        Backup running = client().describeBackups(r -> r.serverName("puppet-ci")).backups().stream()
                .filter(b -> b.status() == BackupStatus.IN_PROGRESS)
                .findFirst()
                .orElseThrow();
        InvalidStateException refused = assertThrows(
                InvalidStateException.class, () -> client().deleteBackup(r -> r.backupId(running.backupId())));
        assertTrue(refused.awsErrorDetails().errorMessage().contains("IN_PROGRESS"));
    }

    @Test
    void deleteBackupValidatesItsInput() {
        assertThrows(ValidationException.class, () -> client().deleteBackup(r -> {}));
        assertThrows(ValidationException.class, () -> client().deleteBackup(r -> r.backupId("9lives")));
        assertThrows(ValidationException.class, () -> client().deleteBackup(r -> r.backupId("b".repeat(80))));
        assertThrows(ResourceNotFoundException.class, () -> client().deleteBackup(r -> r.backupId("chef-prod-1")));
    }

    @Test
    void backupIdsStayUniqueWithinOneMillisecond() {
        Instant at = Instant.parse("2025-03-04T05:06:07.089Z");
        OpsWorksCmRegion region = OpsWorksCmSeed.forRegion("us-west-2", at);
        OpsWorksCmServer server =
                new OpsWorksCmSeedServers(region, at).server("chef-x", "ChefAutomate", "HEALTHY", null, 10, 5, "08:00");
        String first = region.newBackupId("chef-x", at);
        assertEquals("chef-x-20250304050607089", first);
        region.addBackup(new OpsWorksCmBackup(
                first,
                region.backupArn(first),
                OpsWorksCmBackup.Type.MANUAL,
                "",
                null,
                server,
                new SimulatedRun(at, Duration.ofMinutes(1), false),
                "x",
                null));
        String second = region.newBackupId("chef-x", at);
        assertNotEquals(first, second);
        assertEquals("chef-x-20250304050607090", second);
    }
}
