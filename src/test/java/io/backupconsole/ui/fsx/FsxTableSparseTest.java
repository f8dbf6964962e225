package io.backupconsole.ui.fsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.BackupOrigin;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Resource;
import io.backupconsole.testsupport.SparseAnswers;
import io.backupconsole.ui.common.Formats;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link FsxTableTest} against an endpoint that answers only what the FSx model requires: file systems and
 * volumes are ids alone (no name, type, lifecycle, capacity, nor a volume's file system), backups keep their id,
 * lifecycle, type, time and file system. The tests whose facts such an answer lacks are replaced by what it allows.
 */
@SparseAnswers
class FsxTableSparseTest extends FsxTableTest {

    @Override
    @Test
    void loadsEveryFileSystemAndVolumeWhenFirstShownAndNotBefore() {
        assertTrue(fileSystems.rows().isEmpty(), "nothing is loaded while the view is hidden");
        fileSystems.setShowing(true);
        assertEquals(ids.size(), fileSystems.rows().size(), "every seeded file system and volume, by id");
        for (Resource row : fileSystems.rows()) {
            assertEquals(row.id(), row.name(), "no Name tag: the id names it");
            assertEquals(Formats.UNKNOWN_STATE, Formats.state(row.state()), "no lifecycle: shown as unknown");
            assertNull(row.createdAt(), "no creation time: shown as —");
        }
        assertEquals("", fileSystems.errorProperty().get());
        assertEquals("", fileSystems.listingNoticeProperty().get(), "every call answered");
    }

    @Override
    @Test
    void eachVolumeFollowsItsFileSystemAndIsMarkedAsPartOfIt() {
        fileSystems.setShowing(true);
        List<Resource> rows = fileSystems.rows();
        List<Resource> volumes =
                rows.stream().filter(r -> r.id().startsWith("fsvol-")).toList();
        assertEquals(5, volumes.size());
        for (Resource volume : volumes) {
            assertNull(volume.parentId(), "the answer does not say whose volume it is");
            assertEquals(volume.name(), FsxTable.displayName(volume), "so it is not marked as part of one");
            assertTrue(volume.attribute("File system").isEmpty());
            assertEquals("FSx volume", volume.type());
        }
        assertEquals(
                rows.subList(rows.size() - volumes.size(), rows.size()),
                volumes,
                "volumes without a file system come after the file systems");
    }

    @Override
    @Test
    void filterMatchesNamesIdsTypesAndStatesCaseInsensitively() {
        fileSystems.setShowing(true);
        String scratchId = ids.get("render-scratch");
        fileSystems.filterTextProperty().set(scratchId.toUpperCase());
        assertEquals(List.of(scratchId), names(), "id");
        fileSystems.filterTextProperty().set("FSVOL-");
        assertEquals(5, names().size(), "every volume by its id");
        fileSystems.filterTextProperty().set("unknown");
        assertEquals(ids.size(), names().size(), "the state shown for every row");
        fileSystems.filterTextProperty().set("render-scratch");
        assertTrue(names().isEmpty(), "a name the answer did not give finds nothing");
    }

    @Override
    @Test
    void sortsByTheTableComparatorAndFallsBackToTheGroupedOrder() {
        fileSystems.setShowing(true);
        fileSystems
                .comparatorProperty()
                .set(Comparator.comparing(FsxTable::capacityBytes, Comparator.nullsLast(Comparator.reverseOrder())));
        assertEquals(ids.size(), names().size(), "no capacity anywhere, every row still sorts");
        fileSystems.comparatorProperty().set(FsxTable.FILE_SYSTEM_THEN_VOLUMES);
        List<String> shown = names();
        assertEquals(shown.stream().sorted().toList(), shown, "by id: file systems (fs-…) before volumes (fsvol-…)");
    }

    @Override
    @Test
    void capacityIsTheFileSystemsStorageOrTheVolumesSizeOrQuota() {
        fileSystems.setShowing(true);
        for (String name : List.of("corp-shares", "app_data", "projects", "fsx")) {
            assertNull(FsxTable.capacityBytes(select(name)), name);
            assertEquals("—", Formats.bytes(FsxTable.capacityBytes(select(name))), name);
        }
    }

    @Override
    @Test
    void everySeededKindThatCannotBeBackedUpSaysWhy() {
        fileSystems.setShowing(true);
        for (Resource row : fileSystems.allRows()) {
            assertTrue(row.eligibility().allowed(), row.id() + ": what is not known is left to the service");
        }
        select("render-scratch");
        assertTrue(details.backUpEligibilityProperty().get().allowed());
    }

    @Override
    @Test
    void backUpOpensOnlyForEligibleResources() {
        fileSystems.setShowing(true);
        Resource scratch = select("render-scratch");
        details.backUp();
        assertEquals(List.of(scratch), test.backUpRequests, "not refused here: FSx refuses it when it is sent");
    }

    @Override
    @Test
    void detailsListBackupsNewestFirst() {
        fileSystems.setShowing(true);
        select("corp-shares");
        List<BackupSummary> backups = details.backups();
        assertEquals(2, backups.size(), "FSx filters by file system itself");
        assertEquals(
                backups.stream()
                        .map(BackupSummary::createdAt)
                        .sorted(Comparator.reverseOrder())
                        .toList(),
                backups.stream().map(BackupSummary::createdAt).toList(),
                "CreationTime is required, so the order holds");
        for (BackupSummary backup : backups) {
            assertEquals(backup.id(), backup.name(), "no Name tag: the id names it");
            assertNull(backup.sizeBytes(), "no size: shown as —");
            assertNull(backup.percentDone());
        }
    }

    @Override
    @Test
    void deletingAUserInitiatedBackupAsksFirstNamingItThenRemovesIt() {
        fileSystems.setShowing(true);
        String corpShares = ids.get("corp-shares");
        select("corp-shares");
        BackupSummary manual = backupMadeBy(BackupOrigin.MANUAL);
        details.selectedBackupProperty().set(manual);
        assertTrue(details.deleteEligibilityProperty().get().allowed(), "Type is required: a manual one is known");
        test.dialogs.answer = true;
        long deletesBefore = sandbox.count("fsx:DeleteBackup");
        details.deleteSelectedBackup();
        assertTrue(
                test.dialogs.asked.get(0).startsWith("Delete " + manual.id() + " of " + corpShares + "?"),
                test.dialogs.asked.toString());
        assertEquals(deletesBefore + 1, sandbox.count("fsx:DeleteBackup"));
        assertTrue(details.backups().stream().noneMatch(b -> b.id().equals(manual.id())), "the backup is gone");
        assertFalse(details.backupsErrorProperty().get().contains("null"));
    }

    @Override
    @Test
    void switchingConnectionReloadsAndClearsTheSelection() {
        fileSystems.setShowing(true);
        select("corp-shares");
        test.connect("eu-west-1");
        assertEquals(3, names().size(), "eu-west-1's two file systems and one volume, by id");
        assertNull(fileSystems.selectedProperty().get());
        assertNull(details.resourceProperty().get());
    }
}
