package io.backupconsole.ui.fsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupOrigin;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Resource;
import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.ViewTestContext;
import io.backupconsole.ui.resources.ResourceDetailsViewModel;
import io.backupconsole.ui.resources.ResourceListViewModel;
import io.backupconsole.ui.resources.ResourceTableViewModel;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The FSx view model against the sandbox through the real adapter, on a synchronous executor. */
class FsxTableTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    /** us-east-1's seed: seven file systems, three ONTAP volumes and two OpenZFS volumes. */
    private static final int SEEDED_FILE_SYSTEMS = 7;

    private static final int SEEDED_VOLUMES = 5;

    ViewTestContext test;
    ResourceListViewModel fileSystems;
    ResourceDetailsViewModel details;
    /** The seed's resources by their names in full answers: sparse answers name nothing. */
    Map<String, String> ids;

    @BeforeEach
    void setUp() {
        // Real time: the seeded CREATING file system must still be creating when the assertions run.
        sandbox.configure(c -> c.withTimeScale(1.0));
        ids = sandbox.idsByName(AwsService.FSX);
        test = new ViewTestContext(sandbox);
        test.connect("us-east-1");
        fileSystems = new ResourceTableViewModel(FsxTable.spec(), test.context).list();
        details = fileSystems.details();
    }

    @AfterEach
    void tearDown() {
        test.close();
    }

    Resource select(String name) {
        String id = ids.getOrDefault(name, name);
        Resource resource = fileSystems.allRows().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
        fileSystems.selectedProperty().set(resource);
        return resource;
    }

    List<String> names() {
        return fileSystems.rows().stream().map(Resource::name).toList();
    }

    BackupSummary backupMadeBy(BackupOrigin origin) {
        return details.backups().stream()
                .filter(b -> b.origin() == origin)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void loadsEveryFileSystemAndVolumeWhenFirstShownAndNotBefore() {
        assertTrue(fileSystems.rows().isEmpty(), "nothing is loaded while the view is hidden");
        fileSystems.setShowing(true);
        long volumes =
                fileSystems.rows().stream().filter(r -> r.parentId() != null).count();
        assertEquals(SEEDED_FILE_SYSTEMS, fileSystems.rows().size() - volumes, "every seeded file system");
        assertEquals(SEEDED_VOLUMES, volumes, "every seeded volume");
        assertFalse(fileSystems.loadingProperty().get());
        assertEquals("", fileSystems.errorProperty().get());
        assertNotNull(fileSystems.lastRefreshProperty().get());
    }

    @Test
    void eachVolumeFollowsItsFileSystemAndIsMarkedAsPartOfIt() {
        fileSystems.setShowing(true);
        List<Resource> rows = fileSystems.rows();
        for (int i = 0; i < rows.size(); i++) {
            Resource row = rows.get(i);
            if (row.parentId() != null) {
                Resource previous = rows.get(i - 1);
                String previousFileSystem = previous.parentId() == null ? previous.id() : previous.parentId();
                assertEquals(row.parentId(), previousFileSystem, row.name() + " follows its file system");
                assertEquals("└ " + row.name(), FsxTable.displayName(row));
            } else {
                assertEquals(row.name(), FsxTable.displayName(row));
            }
        }
        Resource netapp = select("netapp-prod");
        int at = rows.indexOf(netapp);
        assertEquals(
                List.of("app_data", "app_data_dr", "svm_prod_root"),
                rows.subList(at + 1, at + 4).stream().map(Resource::name).toList());
        Resource volume = select("app_data");
        assertEquals(
                "netapp-prod (" + netapp.id() + ")",
                volume.attribute("File system").orElseThrow(),
                "the details name the volume's file system");
    }

    @Test
    void filterMatchesNamesIdsTypesAndStatesCaseInsensitively() {
        fileSystems.setShowing(true);
        String scratchId = fileSystems.allRows().stream()
                .filter(r -> r.name().equals("render-scratch"))
                .findFirst()
                .orElseThrow()
                .id();
        fileSystems.filterTextProperty().set(scratchId.toUpperCase());
        assertEquals(List.of("render-scratch"), names(), "id");
        fileSystems.filterTextProperty().set("ONTAP VOLUME");
        assertEquals(List.of("app_data", "app_data_dr", "svm_prod_root"), names(), "type");
        fileSystems.filterTextProperty().set("lustre (persistent");
        assertEquals(List.of("ml-training", "genomics-s3"), names(), "type with deployment");
        fileSystems.filterTextProperty().set("creating");
        assertEquals(List.of("finance-new"), names(), "lifecycle");
        fileSystems.filterTextProperty().set("zfs-home");
        assertEquals(List.of("zfs-home", "fsx", "projects"), names(), "a file system's name finds its volumes");
        fileSystems.filterTextProperty().set("data-protection");
        assertEquals(List.of("app_data_dr"), names(), "the reason it cannot be backed up");
        fileSystems.filterTextProperty().set(" ");
        assertEquals(SEEDED_FILE_SYSTEMS + SEEDED_VOLUMES, names().size());
    }

    @Test
    void sortsByTheTableComparatorAndFallsBackToTheGroupedOrder() {
        fileSystems.setShowing(true);
        fileSystems
                .comparatorProperty()
                .set(Comparator.comparing(FsxTable::capacityBytes, Comparator.nullsLast(Comparator.reverseOrder())));
        assertEquals("genomics-s3", names().get(0), "4800 GiB, the largest");
        fileSystems.comparatorProperty().set(Comparator.comparing(Resource::name));
        assertEquals("app_data", names().get(0));
        fileSystems.comparatorProperty().set(FsxTable.FILE_SYSTEM_THEN_VOLUMES);
        assertEquals("corp-shares", names().get(0));
    }

    @Test
    void capacityIsTheFileSystemsStorageOrTheVolumesSizeOrQuota() {
        fileSystems.setShowing(true);
        assertEquals(2048L << 30, FsxTable.capacityBytes(select("corp-shares")));
        assertEquals(512_000L << 20, FsxTable.capacityBytes(select("app_data")));
        assertEquals(100L << 30, FsxTable.capacityBytes(select("projects")));
        assertNull(FsxTable.capacityBytes(select("fsx")), "an OpenZFS root volume without quota");
    }

    @Test
    void everySeededKindThatCannotBeBackedUpSaysWhy() {
        fileSystems.setShowing(true);
        assertRefused("render-scratch", "Scratch Lustre file systems cannot be backed up");
        assertRefused("genomics-s3", "Lustre file systems linked to an S3 data repository cannot be backed up");
        assertRefused("netapp-prod", "ONTAP backups are per volume: back up one of its volumes");
        assertRefused("app_data_dr", "Data-protection volume: only read-write (RW) volumes can be backed up");
        assertRefused("svm_prod_root", "SVM root volume: back up the SVM's data volumes instead");
        String zfsHome = select("zfs-home").id();
        assertRefused("projects", "OpenZFS backups cover the whole file system: back up " + zfsHome);
        assertRefused("finance-new", "File system is CREATING");
        for (String eligible : List.of("corp-shares", "ml-training", "app_data", "zfs-home")) {
            select(eligible);
            assertTrue(details.backUpEligibilityProperty().get().allowed(), eligible);
        }
    }

    private void assertRefused(String name, String reason) {
        Resource resource = select(name);
        assertFalse(details.backUpEligibilityProperty().get().allowed(), name);
        assertEquals(reason, details.backUpEligibilityProperty().get().reason(), name);
        assertEquals(reason, resource.eligibility().reason(), "the Back up column shows the same reason");
    }

    @Test
    void backUpOpensOnlyForEligibleResources() {
        fileSystems.setShowing(true);
        select("render-scratch");
        details.backUp();
        assertTrue(test.backUpRequests.isEmpty());
        Resource appData = select("app_data");
        details.backUp();
        assertEquals(List.of(appData), test.backUpRequests);
    }

    @Test
    void detailsListBackupsNewestFirst() {
        fileSystems.setShowing(true);
        select("corp-shares");
        List<Instant> times =
                details.backups().stream().map(BackupSummary::createdAt).toList();
        assertEquals(2, times.size(), "one automatic and one user-initiated backup are seeded");
        assertEquals(times.stream().sorted(Comparator.reverseOrder()).toList(), times);
        select("app_data");
        assertEquals(
                List.of("app_data"),
                details.backups().stream().map(BackupSummary::name).toList(),
                "a volume shows its own backups");
    }

    @Test
    void deletingAUserInitiatedBackupAsksFirstNamingItThenRemovesIt() {
        fileSystems.setShowing(true);
        select("corp-shares");
        BackupSummary manual = backupMadeBy(BackupOrigin.MANUAL);
        details.selectedBackupProperty().set(manual);
        assertTrue(details.deleteEligibilityProperty().get().allowed());

        test.dialogs.answer = false;
        details.deleteSelectedBackup();
        assertTrue(
                test.dialogs.asked.get(0).contains("before-migration (" + manual.id() + ")"),
                test.dialogs.asked.toString());
        assertTrue(details.backups().contains(manual), "declined: nothing deleted");

        long deletesBefore = sandbox.count("fsx:DeleteBackup");
        details.selectedBackupProperty().set(manual);
        test.dialogs.answer = true;
        details.deleteSelectedBackup();
        assertEquals(2, test.dialogs.asked.size());
        assertEquals(deletesBefore + 1, sandbox.count("fsx:DeleteBackup"));
        assertTrue(details.backups().stream().noneMatch(b -> b.id().equals(manual.id())), "the backup is gone");
    }

    @Test
    void awsBackupAndAutomaticBackupsSayWhyTheyAreNotDeletedHere() {
        fileSystems.setShowing(true);
        long deletesBefore = sandbox.count("fsx:DeleteBackup");
        select("ml-training");
        details.selectedBackupProperty().set(backupMadeBy(BackupOrigin.AWS_BACKUP));
        assertFalse(details.deleteEligibilityProperty().get().allowed());
        assertTrue(
                details.deleteEligibilityProperty().get().reason().startsWith("Managed by AWS Backup"),
                details.deleteEligibilityProperty().get().reason());
        details.deleteSelectedBackup();

        select("corp-shares");
        details.selectedBackupProperty().set(backupMadeBy(BackupOrigin.AUTOMATED));
        assertTrue(details.deleteEligibilityProperty().get().reason().contains("retention"));
        details.deleteSelectedBackup();
        assertTrue(test.dialogs.asked.isEmpty(), "no confirmation for something that cannot be deleted");
        assertEquals(deletesBefore, sandbox.count("fsx:DeleteBackup"));
    }

    @Test
    void aFailingServiceShowsAnInlineErrorAndKeepsTheRows() {
        fileSystems.setShowing(true);
        sandbox.configure(
                c -> new SandboxConfig(c.timeScale(), 0, 0, 0, 1.0, 0, List.of("fsx:DescribeFileSystems"), c.seed())
                        .withSparseResponses(c.sparseResponses()));
        fileSystems.refresh();
        assertEquals(SEEDED_FILE_SYSTEMS + SEEDED_VOLUMES, fileSystems.rows().size(), "the last good rows stay");
        assertFalse(fileSystems.errorProperty().get().isEmpty());
        assertFalse(fileSystems.refreshingProperty().get());
        sandbox.configure(c -> sandbox.testConfig().withTimeScale(1.0));
        fileSystems.refresh();
        assertEquals("", fileSystems.errorProperty().get(), "the error clears once the service answers");
    }

    @Test
    void anEndpointWithoutDescribeVolumesStillListsTheFileSystemsWithANotice() {
        sandbox.configure(c -> c.withUnsupportedOperations(List.of("fsx:DescribeVolumes")));
        fileSystems.setShowing(true);
        assertEquals(SEEDED_FILE_SYSTEMS, fileSystems.rows().size(), "every file system, no volume");
        assertTrue(fileSystems.rows().stream().allMatch(r -> r.id().startsWith("fs-")));
        assertEquals("", fileSystems.errorProperty().get(), "the listing itself worked");
        String notice = fileSystems.listingNoticeProperty().get();
        assertTrue(notice.startsWith("FSx volumes are not listed (DescribeVolumes failed)"), notice);
        assertTrue(notice.contains("UnknownOperationException"), notice);
        Resource corpShares = select("corp-shares");
        assertTrue(corpShares.eligibility().allowed(), "a file system found can still be backed up");
        details.backUp();
        assertEquals(List.of(corpShares), test.backUpRequests);

        sandbox.configure(c -> c.withUnsupportedOperations(List.of()));
        fileSystems.refresh();
        assertEquals("", fileSystems.listingNoticeProperty().get(), "the notice goes once the volumes are back");
        assertEquals(SEEDED_FILE_SYSTEMS + SEEDED_VOLUMES, fileSystems.rows().size());
    }

    @Test
    void aServerErrorOnDescribeVolumesLeavesTheFileSystemsWithANotice() {
        sandbox.configure(
                c -> new SandboxConfig(c.timeScale(), 0, 0, 0, 1.0, 0, List.of("fsx:DescribeVolumes"), c.seed())
                        .withSparseResponses(c.sparseResponses()));
        fileSystems.setShowing(true);
        assertEquals(SEEDED_FILE_SYSTEMS, fileSystems.rows().size());
        assertEquals("", fileSystems.errorProperty().get());
        String notice = fileSystems.listingNoticeProperty().get();
        assertTrue(notice.contains("InternalServerError"), notice);
        assertFalse(notice.contains("null"), notice);
    }

    @Test
    void switchingConnectionReloadsAndClearsTheSelection() {
        fileSystems.setShowing(true);
        select("corp-shares");
        test.connect("eu-west-1");
        assertEquals(List.of("eu-file-share", "eu-zfs-data", "fsx"), names());
        assertNull(fileSystems.selectedProperty().get());
        assertNull(details.resourceProperty().get());
    }

    @Test
    void refreshesAutomaticallyOnlyWhileShown() {
        fileSystems.setShowing(true);
        assertEquals(1, test.ticker.activeCount());
        long before = sandbox.count("fsx:DescribeFileSystems");
        test.ticker.tick();
        assertEquals(before + 1, sandbox.count("fsx:DescribeFileSystems"));
        fileSystems.setShowing(false);
        assertEquals(0, test.ticker.activeCount(), "hidden views do not poll");
    }

    @Test
    void refreshKeepsTheSelectedVolumeSelected() {
        fileSystems.setShowing(true);
        select("app_data");
        fileSystems.refresh();
        assertEquals(ids.get("app_data"), fileSystems.selectedProperty().get().id());
        assertEquals(ids.get("app_data"), details.resourceProperty().get().id());
    }
}
