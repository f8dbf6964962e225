package io.backupconsole.ui.lightsail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.lightsail.LightsailAdapter;
import io.backupconsole.aws.lightsail.LightsailModule;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Resource;
import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.ViewTestContext;
import io.backupconsole.ui.resources.ResourceDetailsViewModel;
import io.backupconsole.ui.resources.ResourceListViewModel;
import io.backupconsole.ui.resources.ResourceTableViewModel;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Lightsail view model against the sandbox through the real adapter, on a synchronous executor. */
class LightsailTableTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    ViewTestContext test;
    ResourceListViewModel databases;
    ResourceDetailsViewModel details;

    @BeforeEach
    void setUp() {
        // Real time: the seeded snapshot of orders-pg must still be pending (and orders-pg backing-up) meanwhile.
        sandbox.configure(c -> c.withTimeScale(1.0));
        test = new ViewTestContext(sandbox);
        test.connect("us-east-1");
        databases = new ResourceTableViewModel(LightsailTable.spec(), test.context).list();
        details = databases.details();
    }

    @AfterEach
    void tearDown() {
        test.close();
    }

    Resource select(String name) {
        Resource database = databases.allRows().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow();
        databases.selectedProperty().set(database);
        return database;
    }

    List<String> names() {
        return databases.rows().stream().map(Resource::name).toList();
    }

    private BackupSummary snapshotIn(String status) {
        return details.backups().stream()
                .filter(b -> b.status().equals(status))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void loadsEveryDatabaseWhenFirstShownAndNotBefore() {
        assertTrue(databases.rows().isEmpty(), "nothing is loaded while the view is hidden");
        databases.setShowing(true);
        assertEquals(
                List.of("analytics-pg", "legacy-mysql", "orders-pg", "reporting-pg", "shop-mysql", "staging-mysql"),
                names(),
                "every seeded database, by name while no column is sorted");
        assertFalse(databases.loadingProperty().get());
        assertEquals("", databases.errorProperty().get());
        assertNotNull(databases.lastRefreshProperty().get());
    }

    @Test
    void columnsShowEngineBundleAndZone() {
        databases.setShowing(true);
        Resource shop = select("shop-mysql");
        assertEquals("MySQL 8.0", LightsailTable.engine(shop));
        assertEquals("micro_2_0", LightsailTable.bundle(shop));
        assertEquals("us-east-1a", LightsailTable.availabilityZone(shop));
        assertEquals("PostgreSQL 16", LightsailTable.engine(select("orders-pg")));
    }

    @Test
    void filterMatchesAnyColumnCaseInsensitively() {
        databases.setShowing(true);
        databases.filterTextProperty().set("STOPPED");
        assertEquals(List.of("legacy-mysql"), names(), "state");
        databases.filterTextProperty().set("postgresql 16");
        assertEquals(List.of("analytics-pg", "orders-pg", "reporting-pg"), names(), "engine");
        databases.filterTextProperty().set("MICRO_2_0");
        assertEquals(List.of("shop-mysql", "staging-mysql"), names(), "bundle");
        databases.filterTextProperty().set("us-east-1d");
        assertEquals(List.of("reporting-pg"), names(), "availability zone");
        databases.filterTextProperty().set("snapshot is already being created");
        assertEquals(List.of("orders-pg"), names(), "the reason it cannot be backed up");
        databases.filterTextProperty().set("  ");
        assertEquals(6, names().size());
    }

    @Test
    void sortsByTheTableComparatorAndFallsBackToNames() {
        databases.setShowing(true);
        databases
                .comparatorProperty()
                .set(Comparator.comparing(Resource::createdAt, Comparator.nullsLast(Comparator.reverseOrder())));
        assertEquals("reporting-pg", names().getFirst(), "the newest database");
        databases.comparatorProperty().set(Comparator.comparing(Resource::name).reversed());
        assertEquals("staging-mysql", names().getFirst());
        databases.comparatorProperty().set(LightsailTable.BY_NAME);
        assertEquals("analytics-pg", names().getFirst());
    }

    @Test
    void everySeededStateThatCannotBeBackedUpSaysWhy() {
        databases.setShowing(true);
        assertRefused("legacy-mysql", "Database is stopped");
        assertRefused("orders-pg", "Database is backing-up: a snapshot is already being created");
        assertRefused("reporting-pg", "Database is creating");
        assertRefused("staging-mysql", "Database is modifying");
        select("shop-mysql");
        assertTrue(details.backUpEligibilityProperty().get().allowed());
    }

    private void assertRefused(String name, String reason) {
        Resource database = select(name);
        assertFalse(details.backUpEligibilityProperty().get().allowed(), name);
        assertEquals(reason, details.backUpEligibilityProperty().get().reason(), name);
        assertEquals(reason, database.eligibility().reason(), "the Back up column shows the same reason");
    }

    @Test
    void backUpOpensOnlyForAvailableDatabases() {
        databases.setShowing(true);
        select("legacy-mysql");
        details.backUp();
        assertTrue(test.backUpRequests.isEmpty());
        Resource shop = select("shop-mysql");
        details.backUp();
        assertEquals(List.of(shop), test.backUpRequests);
    }

    @Test
    void detailsListSnapshotsNewestFirstWithStateAndSize() {
        databases.setShowing(true);
        select("shop-mysql");
        assertEquals(
                List.of("shop-mysql-weekly", "shop-mysql-2024-black-friday", "shop-mysql-before-upgrade"),
                details.backups().stream().map(BackupSummary::name).toList());
        assertTrue(details.backups().stream().allMatch(b -> b.status().equals("available") && b.sizeBytes() > 0));
        select("legacy-mysql");
        assertEquals("failed", details.backups().getFirst().status());
        select("reporting-pg");
        assertTrue(details.backups().isEmpty(), "a database still being created has no snapshots");
    }

    @Test
    void deletingASnapshotAsksFirstNamingItAndADeclinedConfirmationDeletesNothing() {
        databases.setShowing(true);
        select("shop-mysql");
        BackupSummary snapshot = snapshotIn("available");
        details.selectedBackupProperty().set(snapshot);
        assertTrue(details.deleteEligibilityProperty().get().allowed());

        test.dialogs.answer = false;
        details.deleteSelectedBackup();
        assertTrue(test.dialogs.asked.getFirst().contains(snapshot.name()), test.dialogs.asked.toString());
        assertTrue(test.dialogs.asked.getFirst().contains("shop-mysql"), "names the database too");
        assertEquals(0, sandbox.count("lightsail:DeleteRelationalDatabaseSnapshot"), "declined: nothing deleted");
        assertTrue(details.backups().contains(snapshot));

        test.dialogs.answer = true;
        details.deleteSelectedBackup();
        assertEquals(1, sandbox.count("lightsail:DeleteRelationalDatabaseSnapshot"));
        assertTrue(details.backups().stream().noneMatch(b -> b.id().equals(snapshot.id())), "deleted and reloaded");
        assertEquals(2, details.backups().size());
        assertEquals("", details.backupsErrorProperty().get());
    }

    @Test
    void aPendingSnapshotSaysWhyItCannotBeDeletedYet() {
        databases.setShowing(true);
        select("orders-pg");
        BackupSummary pending = snapshotIn("pending");
        assertEquals("orders-pg-before-migration", pending.name());
        details.selectedBackupProperty().set(pending);
        assertFalse(details.deleteEligibilityProperty().get().allowed());
        assertEquals(
                "Still being created (pending): wait until it finishes.",
                details.deleteEligibilityProperty().get().reason());
        details.deleteSelectedBackup();
        assertTrue(test.dialogs.asked.isEmpty(), "no confirmation for something that cannot be deleted");
        assertEquals(0, sandbox.count("lightsail:DeleteRelationalDatabaseSnapshot"));
    }

    @Test
    void detailsLoadEveryPageOfSnapshots() {
        databases.setShowing(true);
        LightsailAdapter adapter = test.connection.adapters().get(LightsailModule.ADAPTER);
        List<String> created = IntStream.rangeClosed(1, 26)
                .mapToObj(i -> "shop-mysql-paging-%02d".formatted(i))
                .toList();
        for (String name : created) {
            adapter.createSnapshot("shop-mysql", name, List.of());
            // A snapshot runs at most a few simulated minutes; then the database is available for the next one.
            sandbox.server().clock().advance(Duration.ofMinutes(5));
        }
        select("shop-mysql");
        long pagesBefore = sandbox.count("lightsail:GetRelationalDatabaseSnapshots");
        details.reloadBackups();

        assertEquals(
                2,
                sandbox.count("lightsail:GetRelationalDatabaseSnapshots") - pagesBefore,
                "33 snapshots in the region: two pages of 25");
        List<String> names = details.backups().stream().map(BackupSummary::name).toList();
        assertEquals(29, names.size(), "26 new and 3 seeded: " + names);
        assertTrue(names.containsAll(created));
        assertEquals("shop-mysql-paging-26", names.getFirst(), "newest first");
        List<Instant> times =
                details.backups().stream().map(BackupSummary::createdAt).toList();
        assertEquals(times.stream().sorted(Comparator.reverseOrder()).toList(), times);
        assertTrue(details.backups().stream().allMatch(b -> b.status().equals("available")));
    }

    @Test
    void aFailingServiceShowsAnInlineErrorAndKeepsTheRows() {
        databases.setShowing(true);
        sandbox.configure(c -> new SandboxConfig(
                        c.timeScale(), 0, 0, 0, 1.0, 0, List.of("lightsail:GetRelationalDatabases"), c.seed())
                .withSparseResponses(c.sparseResponses()));
        databases.refresh();
        assertEquals(6, databases.rows().size(), "the last good rows stay");
        assertTrue(
                databases.errorProperty().get().contains("ServiceException"),
                databases.errorProperty().get());
        sandbox.configure(c -> sandbox.testConfig().withTimeScale(1.0));
        databases.refresh();
        assertEquals("", databases.errorProperty().get(), "the error clears once the service answers");
    }

    @Test
    void switchingConnectionReloadsAndClearsTheSelection() {
        databases.setShowing(true);
        select("shop-mysql");
        test.connect("eu-west-1");
        assertEquals(List.of("billing-pg", "crm-mysql"), names());
        assertNull(databases.selectedProperty().get());
        assertNull(details.resourceProperty().get());
        assertTrue(details.backups().isEmpty());
    }

    @Test
    void refreshesAutomaticallyOnlyWhileShown() {
        databases.setShowing(true);
        assertEquals(1, test.ticker.activeCount());
        long before = sandbox.count("lightsail:GetRelationalDatabases");
        test.ticker.tick();
        assertEquals(before + 1, sandbox.count("lightsail:GetRelationalDatabases"));
        databases.setShowing(false);
        assertEquals(0, test.ticker.activeCount(), "hidden views do not poll");
    }

    @Test
    void refreshKeepsTheSelectedDatabaseAndItsSnapshots() {
        databases.setShowing(true);
        select("analytics-pg");
        databases.refresh();
        assertEquals("analytics-pg", databases.selectedProperty().get().name());
        assertEquals(
                List.of("analytics-pg-weekly", "analytics-pg-q3-close"),
                details.backups().stream().map(BackupSummary::name).toList());
    }
}
