package io.backupconsole.ui.fsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.BackupOrigin;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Resource;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.ViewTestContext;
import io.backupconsole.ui.resources.ResourceListViewModel;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The FSx view model against the sandbox through the real adapter, on a synchronous executor. */
class FsxViewModelTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private ViewTestContext test;
    private ResourceListViewModel fileSystems;

    @BeforeEach
    void setUp() {
        sandbox.configure(c -> c.withTimeScale(1.0));
        test = new ViewTestContext(sandbox);
        test.connect("us-east-1");
        fileSystems = new FsxViewModel(test.context).fileSystems();
        fileSystems.setShowing(true);
    }

    @AfterEach
    void tearDown() {
        test.close();
    }

    private Resource named(String name) {
        return fileSystems.allRows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void listsFileSystemsWithTheirVolumesRightAfterThem() {
        List<Resource> rows = fileSystems.rows();
        assertEquals(12, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Resource row = rows.get(i);
            if (row.parentId() != null) {
                Resource previous = rows.get(i - 1);
                String previousFileSystem = previous.parentId() == null ? previous.id() : previous.parentId();
                assertEquals(row.parentId(), previousFileSystem, row.name() + " follows its file system");
            }
        }
        assertTrue(FsxViewModel.displayName(rows.stream().filter(r -> r.parentId() != null).findFirst().orElseThrow())
                .startsWith("└ "));
    }

    @Test
    void everyIneligibleKindSaysWhy() {
        List<String> reasons = fileSystems.allRows().stream()
                .filter(r -> !r.eligibility().allowed()).map(r -> r.eligibility().reason()).toList();
        assertTrue(reasons.stream().anyMatch(r -> r.contains("Scratch Lustre")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("S3 data repository")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("per volume")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("Data-protection")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("SVM root")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("OpenZFS backups")), reasons.toString());
    }

    @Test
    void filterFindsByTypeAndId() {
        fileSystems.filterTextProperty().set("ontap volume");
        assertEquals(3, fileSystems.rows().size());
        String id = named("render-scratch").id();
        fileSystems.filterTextProperty().set(id.toUpperCase());
        assertEquals(List.of("render-scratch"), fileSystems.rows().stream().map(Resource::name).toList());
    }

    @Test
    void backupsMadeByAwsBackupOrBySchedulesAreNotDeletedHere() {
        fileSystems.selectedProperty().set(named("corp-shares"));
        List<BackupSummary> backups = fileSystems.details().backups();
        assertFalse(backups.isEmpty());
        for (BackupSummary backup : backups) {
            fileSystems.details().selectedBackupProperty().set(backup);
            boolean allowed = fileSystems.details().deleteEligibilityProperty().get().allowed();
            assertEquals(backup.origin() == BackupOrigin.MANUAL && backup.status().equals("AVAILABLE"), allowed,
                    backup.id() + " " + backup.origin() + " " + backup.status());
        }
    }

    @Test
    void anotherRegionShowsItsOwnFileSystems() {
        test.connect("eu-west-1");
        assertTrue(fileSystems.rows().size() > 0 && fileSystems.rows().size() < 12, "eu-west-1: " + fileSystems.rows().size());
    }
}
