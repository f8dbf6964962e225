package io.backupconsole.aws.lightsail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.Attribute;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupOrigin;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.testsupport.SandboxFixture;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** LightsailAdapter against the sandbox: guards the SDK-to-domain mapping across SDK upgrades. */
class LightsailAdapterTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private static LightsailAdapter adapter() {
        return new LightsailAdapter(sandbox.clients().lightsail());
    }

    private static Map<String, Resource> resources() {
        return adapter().listResources().stream().collect(Collectors.toMap(Resource::id, Function.identity()));
    }

    private static String attribute(Resource resource, String label) {
        return resource.attributes().stream()
                .filter(a -> a.label().equals(label))
                .map(Attribute::value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no attribute " + label + " in " + resource.attributes()));
    }

    @Test
    void listsDatabasesWithEligibility() {
        Map<String, Resource> resources = resources();
        assertEquals(6, resources.size());
        Resource shop = resources.get("shop-mysql");
        assertEquals(AwsService.LIGHTSAIL, shop.service());
        assertEquals("MySQL 8.0 database", shop.type());
        assertEquals("available", shop.state());
        assertTrue(shop.eligibility().allowed());
        assertNotNull(shop.createdAt());
        assertNull(shop.parentId());
        assertEquals("MySQL 8.0.40", attribute(shop, "Engine"));
        assertEquals("micro_2_0", attribute(shop, "Bundle"));
        assertEquals("us-east-1a", attribute(shop, "Availability zone"));
        assertEquals("Enabled", attribute(shop, "Backup retention"));
        assertEquals("06:00-06:30 UTC", attribute(shop, "Preferred backup window"));
        assertEquals("2 vCPU, 1 GB RAM, 40 GB disk", attribute(shop, "Hardware"));
        assertEquals("PostgreSQL 16 database", resources.get("analytics-pg").type());
        assertEquals("us-east-1c", attribute(resources.get("analytics-pg"), "Secondary availability zone"));

        assertEquals(
                "Database is stopped",
                resources.get("legacy-mysql").eligibility().reason());
        assertEquals(
                "Database is creating",
                resources.get("reporting-pg").eligibility().reason());
        assertEquals(
                "Database is modifying",
                resources.get("staging-mysql").eligibility().reason());
        assertEquals(
                "Database is backing-up: a snapshot is already being created",
                resources.get("orders-pg").eligibility().reason());
        assertFalse(resources.get("orders-pg").eligibility().allowed());
    }

    @Test
    void listsSnapshotsOfOneDatabaseNewestFirst() {
        List<BackupSummary> backups = adapter().listBackups("shop-mysql");
        assertEquals(
                List.of("shop-mysql-weekly", "shop-mysql-2024-black-friday", "shop-mysql-before-upgrade"),
                backups.stream().map(BackupSummary::id).toList());
        BackupSummary newest = backups.getFirst();
        assertEquals(BackupOrigin.MANUAL, newest.origin());
        assertEquals("shop-mysql", newest.resourceId());
        assertEquals("available", newest.status());
        assertEquals(40L * 1024 * 1024 * 1024, newest.sizeBytes());
        assertNull(newest.percentDone());
        assertEquals("failed", adapter().listBackups("legacy-mysql").getFirst().status());
        assertTrue(adapter().listBackups("reporting-pg").isEmpty());
    }

    @Test
    void createsASnapshotAndFollowsItsOperation() {
        // Real-time clock, so the snapshot is still running while the test looks at it.
        sandbox.configure(c -> c.withTimeScale(1.0));
        LightsailAdapter adapter = adapter();
        assertFalse(adapter.snapshotNameExists("analytics-pg-adapter"));
        SnapshotStarted started =
                adapter.createSnapshot("analytics-pg", "analytics-pg-adapter", List.of(new Tag("env", "test")));
        assertEquals("analytics-pg-adapter", started.snapshot().id());
        assertEquals("analytics-pg", started.snapshot().resourceId());
        assertEquals("pending", started.snapshot().status());
        assertEquals(BackupOrigin.MANUAL, started.snapshot().origin());
        assertNotNull(started.snapshot().createdAt());
        assertTrue(adapter.snapshotNameExists("analytics-pg-adapter"));

        LightsailOperationStatus queued = adapter.getOperation(started.operationId());
        assertEquals("CreateRelationalDatabaseSnapshot", queued.operationType());
        assertEquals("analytics-pg-adapter", queued.resourceName());
        assertEquals("analytics-pg", queued.details());
        assertFalse(queued.terminal());
        assertEquals(
                "Database is backing-up: a snapshot is already being created",
                resources().get("analytics-pg").eligibility().reason());

        sandbox.server().clock().advance(Duration.ofMinutes(10));
        LightsailOperationStatus done = adapter.getOperation(started.operationId());
        assertEquals("Succeeded", done.status());
        assertTrue(done.succeeded());
        assertFalse(done.failed());
        assertEquals("available", adapter.listBackups("analytics-pg").getFirst().status());
        assertEquals(
                "analytics-pg-adapter",
                adapter.listBackups("analytics-pg").getFirst().id());

        List<LightsailOperationStatus> all = adapter.getOperations();
        assertEquals(started.operationId(), all.getLast().id());

        LightsailOperationStatus deleted = adapter.deleteSnapshot("analytics-pg-adapter");
        assertEquals("DeleteRelationalDatabaseSnapshot", deleted.operationType());
        assertTrue(deleted.succeeded());
        assertFalse(adapter.snapshotNameExists("analytics-pg-adapter"));
    }

    @Test
    void failedOperationCarriesItsError() {
        sandbox.configure(c -> c.withBackupFailureRate(1.0));
        SnapshotStarted started = adapter().createSnapshot("shop-mysql", "will-fail", List.of());
        sandbox.server().clock().advance(Duration.ofMinutes(10));
        LightsailOperationStatus failed = adapter().getOperation(started.operationId());
        assertTrue(failed.failed());
        assertTrue(failed.terminal());
        assertFalse(failed.succeeded());
        assertFalse(failed.errorCode().isEmpty());
        assertFalse(failed.errorDetails().isEmpty());
    }

    @Test
    void errorsAreTranslated() {
        ServiceFailure invalid =
                assertThrows(ServiceFailure.class, () -> adapter().createSnapshot("shop-mysql", "-bad", List.of()));
        assertEquals(ServiceFailure.Kind.INVALID_INPUT, invalid.kind());
        assertEquals("InvalidInputException", invalid.errorCode());
        assertTrue(invalid.getMessage().contains("relationalDatabaseSnapshotName"));

        ServiceFailure exists = assertThrows(
                ServiceFailure.class, () -> adapter().createSnapshot("shop-mysql", "shop-mysql-weekly", List.of()));
        assertEquals(ServiceFailure.Kind.INVALID_INPUT, exists.kind());
        assertTrue(exists.getMessage().contains("already exists"));

        ServiceFailure missing =
                assertThrows(ServiceFailure.class, () -> adapter().createSnapshot("gone-db", "snap-1", List.of()));
        assertEquals(ServiceFailure.Kind.NOT_FOUND, missing.kind());

        ServiceFailure stopped =
                assertThrows(ServiceFailure.class, () -> adapter().createSnapshot("legacy-mysql", "snap-1", List.of()));
        assertEquals(ServiceFailure.Kind.INVALID_STATE, stopped.kind());
        assertTrue(stopped.getMessage().startsWith("Database is stopped"));

        ServiceFailure pending =
                assertThrows(ServiceFailure.class, () -> adapter().deleteSnapshot("orders-pg-before-migration"));
        assertEquals(ServiceFailure.Kind.INVALID_STATE, pending.kind());

        assertEquals(
                ServiceFailure.Kind.NOT_FOUND,
                assertThrows(ServiceFailure.class, () -> adapter().getOperation("no-such-operation"))
                        .kind());

        sandbox.configure(c -> new SandboxConfig(
                c.timeScale(), 0, 0, 0, 1.0, 0, List.of("lightsail:GetRelationalDatabases"), c.seed()));
        ServiceFailure server =
                assertThrows(ServiceFailure.class, () -> adapter().listResources());
        assertEquals(ServiceFailure.Kind.SERVICE, server.kind());
        assertEquals("ServiceException", server.errorCode());
    }

    @Test
    void pagesThroughEverything() {
        LightsailAdapter adapter = adapter();
        for (int i = 0; i < 30; i++) {
            adapter.createSnapshot("shop-mysql", "bulk-" + i, List.of());
            sandbox.server().clock().advance(Duration.ofMinutes(10));
        }
        List<BackupSummary> backups = adapter.listBackups("shop-mysql");
        assertEquals(33, backups.size(), "more than one page of GetRelationalDatabaseSnapshots");
        assertEquals("bulk-29", backups.getFirst().id());
        assertEquals(38, adapter.getOperations().size());
    }
}
