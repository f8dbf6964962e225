package io.backupconsole.ui.lightsail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.lightsail.LightsailAdapter;
import io.backupconsole.aws.lightsail.LightsailModule;
import io.backupconsole.domain.Resource;
import io.backupconsole.testsupport.SparseAnswers;
import io.backupconsole.ui.common.Formats;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link LightsailTableTest} against an endpoint that answers only what the Lightsail model requires, which is
 * nothing: databases and snapshots keep their names. No state, engine, bundle, zone or time, and no snapshot says
 * which database it was taken of, so a database's details list none. The tests whose facts such an answer lacks are
 * replaced by what it allows.
 */
@SparseAnswers
class LightsailTableSparseTest extends LightsailTableTest {

    @Override
    @Test
    void columnsShowEngineBundleAndZone() {
        databases.setShowing(true);
        Resource shop = select("shop-mysql");
        assertEquals("—", LightsailTable.engine(shop));
        assertEquals("—", LightsailTable.bundle(shop));
        assertEquals("—", LightsailTable.availabilityZone(shop));
        assertEquals("Lightsail database", shop.type());
        assertEquals(Formats.UNKNOWN_STATE, Formats.state(shop.state()));
        assertNull(shop.createdAt());
    }

    @Override
    @Test
    void filterMatchesAnyColumnCaseInsensitively() {
        databases.setShowing(true);
        databases.filterTextProperty().set("MYSQL");
        assertEquals(List.of("legacy-mysql", "shop-mysql", "staging-mysql"), names(), "names are kept");
        databases.filterTextProperty().set("stopped");
        assertTrue(names().isEmpty(), "no state in the answer");
        databases.filterTextProperty().set("unknown");
        assertEquals(6, names().size(), "every state shows as unknown");
    }

    @Override
    @Test
    void sortsByTheTableComparatorAndFallsBackToNames() {
        databases.setShowing(true);
        databases
                .comparatorProperty()
                .set(Comparator.comparing(Resource::createdAt, Comparator.nullsLast(Comparator.reverseOrder())));
        assertEquals(6, names().size(), "no creation time anywhere, every row still sorts");
        databases.comparatorProperty().set(LightsailTable.BY_NAME);
        assertEquals("analytics-pg", names().getFirst());
    }

    @Override
    @Test
    void everySeededStateThatCannotBeBackedUpSaysWhy() {
        databases.setShowing(true);
        for (String name : List.of("legacy-mysql", "orders-pg", "reporting-pg", "staging-mysql", "shop-mysql")) {
            select(name);
            assertTrue(details.backUpEligibilityProperty().get().allowed(), name + ": left to Lightsail");
        }
    }

    @Override
    @Test
    void backUpOpensOnlyForAvailableDatabases() {
        databases.setShowing(true);
        Resource stopped = select("legacy-mysql");
        details.backUp();
        assertEquals(List.of(stopped), test.backUpRequests, "Lightsail refuses it when it is sent");
    }

    @Override
    @Test
    void detailsListSnapshotsNewestFirstWithStateAndSize() {
        databases.setShowing(true);
        for (String name : List.of("shop-mysql", "legacy-mysql", "reporting-pg")) {
            select(name);
            assertTrue(details.backups().isEmpty(), name + ": no snapshot says it is of this database");
            assertEquals("", details.backupsErrorProperty().get());
        }
    }

    @Override
    @Test
    void deletingASnapshotAsksFirstNamingItAndADeclinedConfirmationDeletesNothing() {
        databases.setShowing(true);
        select("shop-mysql");
        details.deleteSelectedBackup();
        assertTrue(test.dialogs.asked.isEmpty(), "nothing listed, nothing selected, nothing asked");
        assertEquals(0, sandbox.count("lightsail:DeleteRelationalDatabaseSnapshot"));
    }

    @Override
    @Test
    void aPendingSnapshotSaysWhyItCannotBeDeletedYet() {
        databases.setShowing(true);
        select("orders-pg");
        assertTrue(details.backups().isEmpty());
        assertNull(details.selectedBackupProperty().get());
    }

    @Override
    @Test
    void detailsLoadEveryPageOfSnapshots() {
        databases.setShowing(true);
        LightsailAdapter adapter = test.connection.adapters().get(LightsailModule.ADAPTER);
        for (int i = 1; i <= 26; i++) {
            adapter.createSnapshot("shop-mysql", "shop-mysql-paging-%02d".formatted(i), List.of());
            sandbox.server().clock().advance(Duration.ofMinutes(5));
        }
        select("shop-mysql");
        long pagesBefore = sandbox.count("lightsail:GetRelationalDatabaseSnapshots");
        details.reloadBackups();
        assertEquals(
                2,
                sandbox.count("lightsail:GetRelationalDatabaseSnapshots") - pagesBefore,
                "the page token is kept: both pages are read");
        assertTrue(details.backups().isEmpty(), "but none says it is of shop-mysql");
    }

    @Override
    @Test
    void refreshKeepsTheSelectedDatabaseAndItsSnapshots() {
        databases.setShowing(true);
        select("analytics-pg");
        databases.refresh();
        assertEquals("analytics-pg", databases.selectedProperty().get().name());
        assertTrue(details.backups().isEmpty());
    }
}
