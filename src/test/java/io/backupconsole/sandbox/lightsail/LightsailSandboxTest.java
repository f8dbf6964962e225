package io.backupconsole.sandbox.lightsail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.testsupport.SandboxFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.CreateRelationalDatabaseSnapshotResponse;
import software.amazon.awssdk.services.lightsail.model.InvalidInputException;
import software.amazon.awssdk.services.lightsail.model.NotFoundException;
import software.amazon.awssdk.services.lightsail.model.Operation;
import software.amazon.awssdk.services.lightsail.model.OperationFailureException;
import software.amazon.awssdk.services.lightsail.model.OperationStatus;
import software.amazon.awssdk.services.lightsail.model.OperationType;
import software.amazon.awssdk.services.lightsail.model.RelationalDatabase;
import software.amazon.awssdk.services.lightsail.model.RelationalDatabaseSnapshot;
import software.amazon.awssdk.services.lightsail.model.ResourceType;
import software.amazon.awssdk.services.lightsail.model.Tag;

/** The simulated Lightsail through the real SDK v2 client over HTTP. */
class LightsailSandboxTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private static LightsailClient lightsail() {
        return sandbox.clients().lightsail();
    }

    private static LightsailClient lightsail(String region) {
        return sandbox.clients(region).lightsail();
    }

    private static Map<String, RelationalDatabase> databases(LightsailClient client) {
        return client.getRelationalDatabases(r -> {}).relationalDatabases().stream()
                .collect(Collectors.toMap(RelationalDatabase::name, Function.identity()));
    }

    private static String stateOf(String database) {
        return lightsail()
                .getRelationalDatabase(r -> r.relationalDatabaseName(database))
                .relationalDatabase()
                .state();
    }

    private static Operation create(String database, String snapshot) {
        CreateRelationalDatabaseSnapshotResponse response = lightsail()
                .createRelationalDatabaseSnapshot(
                        r -> r.relationalDatabaseName(database).relationalDatabaseSnapshotName(snapshot));
        assertEquals(1, response.operations().size());
        return response.operations().getFirst();
    }

    private static Operation operation(String id) {
        return lightsail().getOperation(r -> r.operationId(id)).operation();
    }

    private static RelationalDatabaseSnapshot snapshot(String name) {
        return lightsail()
                .getRelationalDatabaseSnapshot(r -> r.relationalDatabaseSnapshotName(name))
                .relationalDatabaseSnapshot();
    }

    private static void advance(Duration duration) {
        sandbox.server().clock().advance(duration);
    }

    // ---- GetRelationalDatabases / GetRelationalDatabase

    @Test
    void listsSeededDatabasesWithTheirStates() {
        Map<String, RelationalDatabase> dbs = databases(lightsail());
        assertEquals(6, dbs.size());
        assertEquals("available", dbs.get("shop-mysql").state());
        assertEquals("stopped", dbs.get("legacy-mysql").state());
        assertEquals("creating", dbs.get("reporting-pg").state());
        assertEquals("modifying", dbs.get("staging-mysql").state());
        assertEquals("backing-up", dbs.get("orders-pg").state(), "a seeded snapshot of orders-pg is running");
        RelationalDatabase shop = dbs.get("shop-mysql");
        assertEquals("mysql", shop.engine());
        assertEquals("mysql_8_0", shop.relationalDatabaseBlueprintId());
        assertEquals("micro_2_0", shop.relationalDatabaseBundleId());
        assertEquals(ResourceType.RELATIONAL_DATABASE, shop.resourceType());
        assertEquals("us-east-1a", shop.location().availabilityZone());
        assertEquals("us-east-1", shop.location().regionNameAsString());
        assertTrue(shop.arn().startsWith("arn:aws:lightsail:us-east-1:123456789012:RelationalDatabase/"));
        assertTrue(shop.supportCode().startsWith("123456789012/ls-"));
        assertEquals(40, shop.hardware().diskSizeInGb());
        assertEquals(2, shop.hardware().cpuCount());
        assertTrue(shop.backupRetentionEnabled());
        assertEquals("06:00-06:30", shop.preferredBackupWindow());
        assertEquals("tue:07:00-tue:07:30", shop.preferredMaintenanceWindow());
        assertNotNull(shop.createdAt());
        assertEquals("postgres_16", dbs.get("analytics-pg").relationalDatabaseBlueprintId());
        assertEquals("small_ha_2_0", dbs.get("analytics-pg").relationalDatabaseBundleId());
        assertTrue(shop.tags().contains(Tag.builder().key("env").value("prod").build()));
    }

    @Test
    void regionsHaveTheirOwnSeed() {
        Map<String, RelationalDatabase> eu = databases(lightsail("eu-west-1"));
        assertEquals(Set.of("crm-mysql", "billing-pg"), eu.keySet());
        assertEquals("eu-west-1a", eu.get("crm-mysql").location().availabilityZone());
        assertEquals(
                1,
                lightsail("eu-west-1")
                        .getRelationalDatabaseSnapshots(r -> {})
                        .relationalDatabaseSnapshots()
                        .size());
        LightsailClient empty = lightsail("ap-southeast-2");
        assertTrue(empty.getRelationalDatabases(r -> {}).relationalDatabases().isEmpty());
        assertTrue(empty.getRelationalDatabaseSnapshots(r -> {})
                .relationalDatabaseSnapshots()
                .isEmpty());
        assertTrue(empty.getOperations(r -> {}).operations().isEmpty());
        assertThrows(
                NotFoundException.class,
                () -> lightsail("eu-west-1").getRelationalDatabase(r -> r.relationalDatabaseName("shop-mysql")));
    }

    @Test
    void getRelationalDatabaseErrors() {
        assertEquals("stopped", stateOf("legacy-mysql"));
        NotFoundException missing = assertThrows(NotFoundException.class, () -> stateOf("nope-db"));
        assertTrue(missing.getMessage().contains("nope-db"));
        assertNotNull(missing.tip());
        InvalidInputException invalid = assertThrows(InvalidInputException.class, () -> stateOf("bad_name"));
        assertTrue(invalid.getMessage().contains("relationalDatabaseName"));
        InvalidInputException absent =
                assertThrows(InvalidInputException.class, () -> lightsail().getRelationalDatabase(r -> {}));
        assertTrue(absent.getMessage().contains("relationalDatabaseName is required"));
    }

    // ---- CreateRelationalDatabaseSnapshot: happy path and progress

    @Test
    void snapshotProgressesFromPendingToAvailable() {
        sandbox.configure(c -> c.withTimeScale(1.0));
        Operation created = create("shop-mysql", "shop-mysql-test-1");
        assertEquals(OperationStatus.NOT_STARTED, created.status());
        assertFalse(created.isTerminal());
        assertEquals("shop-mysql-test-1", created.resourceName());
        assertEquals(ResourceType.RELATIONAL_DATABASE_SNAPSHOT, created.resourceType());
        assertEquals(OperationType.CREATE_RELATIONAL_DATABASE_SNAPSHOT, created.operationType());
        assertEquals("shop-mysql", created.operationDetails());
        assertEquals("us-east-1a", created.location().availabilityZone());
        assertEquals("us-east-1", created.location().regionNameAsString());
        assertNotNull(created.createdAt());
        assertEquals(created.createdAt(), created.statusChangedAt());
        assertEquals(36, created.id().length());

        assertEquals("pending", snapshot("shop-mysql-test-1").state());
        assertEquals("backing-up", stateOf("shop-mysql"), "the database shows backing-up while the snapshot runs");
        OperationFailureException second =
                assertThrows(OperationFailureException.class, () -> create("shop-mysql", "shop-mysql-test-2"));
        assertTrue(second.getMessage().contains("Database is backing-up"));

        advance(Duration.ofSeconds(25));
        Operation running = operation(created.id());
        assertEquals(OperationStatus.STARTED, running.status());
        assertFalse(running.isTerminal());
        assertTrue(running.statusChangedAt().isAfter(created.createdAt()));
        assertEquals("pending", snapshot("shop-mysql-test-1").state());

        advance(Duration.ofMinutes(10));
        Operation done = operation(created.id());
        assertEquals(OperationStatus.SUCCEEDED, done.status());
        assertTrue(done.isTerminal());
        assertNull(done.errorCode());
        RelationalDatabaseSnapshot snapshot = snapshot("shop-mysql-test-1");
        assertEquals("available", snapshot.state());
        assertEquals("available", stateOf("shop-mysql"));
        assertEquals("shop-mysql", snapshot.fromRelationalDatabaseName());
        assertEquals(databases(lightsail()).get("shop-mysql").arn(), snapshot.fromRelationalDatabaseArn());
        assertEquals("micro_2_0", snapshot.fromRelationalDatabaseBundleId());
        assertEquals("mysql_8_0", snapshot.fromRelationalDatabaseBlueprintId());
        assertEquals("mysql", snapshot.engine());
        assertEquals("8.0.40", snapshot.engineVersion());
        assertEquals(40, snapshot.sizeInGb());
        assertEquals(ResourceType.RELATIONAL_DATABASE_SNAPSHOT, snapshot.resourceType());
        assertTrue(snapshot.arn().startsWith("arn:aws:lightsail:us-east-1:123456789012:RelationalDatabaseSnapshot/"));
        assertNotNull(snapshot.supportCode());
    }

    @Test
    void snapshotKeepsItsTags() {
        lightsail()
                .createRelationalDatabaseSnapshot(r -> r.relationalDatabaseName("analytics-pg")
                        .relationalDatabaseSnapshotName("tagged-1")
                        .tags(
                                Tag.builder().key("env").value("prod").build(),
                                Tag.builder().key("keep").build()));
        List<Tag> tags = snapshot("tagged-1").tags();
        assertEquals(2, tags.size());
        assertEquals("prod", tags.getFirst().value());
        assertEquals("keep", tags.get(1).key());
    }

    @Test
    void failedRunEndsWithErrorDetails() {
        sandbox.configure(c -> c.withBackupFailureRate(1.0));
        Operation created = create("analytics-pg", "analytics-doomed");
        advance(Duration.ofMinutes(10));
        Operation failed = operation(created.id());
        assertEquals(OperationStatus.FAILED, failed.status());
        assertTrue(failed.isTerminal());
        assertFalse(failed.errorCode().isBlank());
        assertFalse(failed.errorDetails().isBlank());
        assertEquals("failed", snapshot("analytics-doomed").state());
        assertEquals("available", stateOf("analytics-pg"));
    }

    // ---- CreateRelationalDatabaseSnapshot: errors

    @Test
    void snapshotNamesAreUniquePerRegion() {
        InvalidInputException taken =
                assertThrows(InvalidInputException.class, () -> create("analytics-pg", "shop-mysql-weekly"));
        assertTrue(taken.getMessage().contains("already exists"), taken.getMessage());
        assertNotNull(taken.tip());
        create("shop-mysql", "fresh-name");
        advance(Duration.ofMinutes(10));
        assertThrows(InvalidInputException.class, () -> create("analytics-pg", "fresh-name"));
        // Another region has its own namespace.
        lightsail("eu-west-1")
                .createRelationalDatabaseSnapshot(
                        r -> r.relationalDatabaseName("crm-mysql").relationalDatabaseSnapshotName("fresh-name"));
    }

    @Test
    void invalidNamesAreRefusedNamingTheMember() {
        for (String bad : List.of("-bad", "bad-", "a", "under_score", "x".repeat(256), "sp ace")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> create("shop-mysql", bad), bad);
            assertTrue(e.getMessage().contains("relationalDatabaseSnapshotName"), e.getMessage());
        }
        InvalidInputException db = assertThrows(InvalidInputException.class, () -> create("shop_mysql", "good-name"));
        assertTrue(db.getMessage().contains("relationalDatabaseName"));
        InvalidInputException missing = assertThrows(
                InvalidInputException.class,
                () -> lightsail().createRelationalDatabaseSnapshot(r -> r.relationalDatabaseName("shop-mysql")));
        assertTrue(missing.getMessage().contains("relationalDatabaseSnapshotName is required"));
        assertThrows(
                InvalidInputException.class,
                () -> lightsail().createRelationalDatabaseSnapshot(r -> r.relationalDatabaseSnapshotName("x1")));
        assertTrue(lightsail().getRelationalDatabaseSnapshots(r -> {}).relationalDatabaseSnapshots().stream()
                .noneMatch(s -> s.name().equals("good-name")));
    }

    @Test
    void invalidTagsAreRefused() {
        InvalidInputException emptyKey = assertThrows(
                InvalidInputException.class,
                () -> lightsail()
                        .createRelationalDatabaseSnapshot(r -> r.relationalDatabaseName("shop-mysql")
                                .relationalDatabaseSnapshotName("t1")
                                .tags(Tag.builder().value("v").build())));
        assertTrue(emptyKey.getMessage().startsWith("tags[0].Key"), emptyKey.getMessage());
        List<Tag> tooMany = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            tooMany.add(Tag.builder().key("k" + i).build());
        }
        InvalidInputException many = assertThrows(
                InvalidInputException.class,
                () -> lightsail()
                        .createRelationalDatabaseSnapshot(r -> r.relationalDatabaseName("shop-mysql")
                                .relationalDatabaseSnapshotName("t1")
                                .tags(tooMany)));
        assertTrue(many.getMessage().contains("At most 50 tags"));
        assertThrows(
                InvalidInputException.class,
                () -> lightsail()
                        .createRelationalDatabaseSnapshot(r -> r.relationalDatabaseName("shop-mysql")
                                .relationalDatabaseSnapshotName("t1")
                                .tags(Tag.builder().key("bad#key").build())));
    }

    @Test
    void unknownDatabaseIsNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> create("no-such-db", "snap-1"));
        assertTrue(e.getMessage().contains("no-such-db"));
    }

    @Test
    void ineligibleDatabasesAreRefused() {
        OperationFailureException stopped =
                assertThrows(OperationFailureException.class, () -> create("legacy-mysql", "legacy-2"));
        assertTrue(stopped.getMessage().startsWith("Database is stopped"), stopped.getMessage());
        assertTrue(stopped.tip().contains("Start the database"));
        OperationFailureException creating =
                assertThrows(OperationFailureException.class, () -> create("reporting-pg", "reporting-1"));
        assertTrue(creating.getMessage().startsWith("Database is creating"));
        assertThrows(OperationFailureException.class, () -> create("staging-mysql", "staging-1"));
        OperationFailureException busy =
                assertThrows(OperationFailureException.class, () -> create("orders-pg", "orders-2"));
        assertTrue(busy.getMessage().startsWith("Database is backing-up: a snapshot is already being created"));
    }

    // ---- GetRelationalDatabaseSnapshot(s)

    @Test
    void seededSnapshotsIncludeFailedAndPending() {
        Map<String, String> states =
                lightsail().getRelationalDatabaseSnapshots(r -> {}).relationalDatabaseSnapshots().stream()
                        .collect(Collectors.toMap(RelationalDatabaseSnapshot::name, RelationalDatabaseSnapshot::state));
        assertEquals(7, states.size());
        assertEquals("failed", states.get("legacy-mysql-final"));
        assertEquals("pending", states.get("orders-pg-before-migration"));
        assertEquals("available", states.get("shop-mysql-weekly"));
    }

    @Test
    void getSnapshotErrors() {
        NotFoundException missing = assertThrows(NotFoundException.class, () -> snapshot("never-made"));
        assertTrue(missing.getMessage().contains("never-made"));
        InvalidInputException invalid = assertThrows(InvalidInputException.class, () -> snapshot("-x-"));
        assertTrue(invalid.getMessage().contains("relationalDatabaseSnapshotName"));
    }

    // ---- DeleteRelationalDatabaseSnapshot

    @Test
    void deleteRemovesTheSnapshot() {
        List<Operation> ops = lightsail()
                .deleteRelationalDatabaseSnapshot(r -> r.relationalDatabaseSnapshotName("shop-mysql-weekly"))
                .operations();
        assertEquals(1, ops.size());
        assertEquals(
                OperationType.DELETE_RELATIONAL_DATABASE_SNAPSHOT,
                ops.getFirst().operationType());
        assertEquals("shop-mysql-weekly", ops.getFirst().resourceName());
        assertEquals(OperationStatus.SUCCEEDED, ops.getFirst().status());
        assertEquals(OperationStatus.SUCCEEDED, operation(ops.getFirst().id()).status());
        assertThrows(NotFoundException.class, () -> snapshot("shop-mysql-weekly"));
        assertThrows(
                NotFoundException.class,
                () -> lightsail()
                        .deleteRelationalDatabaseSnapshot(r -> r.relationalDatabaseSnapshotName("shop-mysql-weekly")));
        assertThrows(
                InvalidInputException.class,
                () -> lightsail().deleteRelationalDatabaseSnapshot(r -> r.relationalDatabaseSnapshotName("bad_name")));
        lightsail().deleteRelationalDatabaseSnapshot(r -> r.relationalDatabaseSnapshotName("legacy-mysql-final"));
    }

    @Test
    void pendingSnapshotCannotBeDeleted() {
        OperationFailureException e = assertThrows(
                OperationFailureException.class,
                () -> lightsail()
                        .deleteRelationalDatabaseSnapshot(
                                r -> r.relationalDatabaseSnapshotName("orders-pg-before-migration")));
        assertTrue(e.getMessage().contains("pending"));
        assertEquals("pending", snapshot("orders-pg-before-migration").state());
    }

    // ---- GetOperation / GetOperations

    @Test
    void seededOperationHistoryIsOldestFirst() {
        List<Operation> ops = lightsail().getOperations(r -> {}).operations();
        assertEquals(8, ops.size());
        for (int i = 1; i < ops.size(); i++) {
            assertFalse(ops.get(i).createdAt().isBefore(ops.get(i - 1).createdAt()), "oldest to newest");
        }
        assertEquals(
                OperationStatus.FAILED,
                ops.stream()
                        .filter(o -> o.resourceName().equals("legacy-mysql-final"))
                        .findFirst()
                        .orElseThrow()
                        .status());
        Operation running = ops.getLast();
        assertEquals("orders-pg-before-migration", running.resourceName());
        assertEquals(OperationStatus.STARTED, running.status());
        assertTrue(ops.stream().anyMatch(o -> o.operationType() == OperationType.DELETE_RELATIONAL_DATABASE_SNAPSHOT));
    }

    @Test
    void getOperationErrors() {
        NotFoundException missing =
                assertThrows(NotFoundException.class, () -> operation("00000000-0000-4000-8000-000000000000"));
        assertTrue(missing.getMessage().contains("00000000-0000-4000-8000-000000000000"));
        assertThrows(InvalidInputException.class, () -> operation("   "));
        assertThrows(InvalidInputException.class, () -> lightsail().getOperation(r -> {}));
        String euOperation = lightsail("eu-west-1")
                .getOperations(r -> {})
                .operations()
                .getFirst()
                .id();
        assertThrows(NotFoundException.class, () -> operation(euOperation), "operations are per region");
    }
}
