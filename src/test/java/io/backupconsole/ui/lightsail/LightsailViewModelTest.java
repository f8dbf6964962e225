package io.backupconsole.ui.lightsail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Resource;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.ViewTestContext;
import io.backupconsole.ui.resources.ResourceDetailsViewModel;
import io.backupconsole.ui.resources.ResourceListViewModel;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Lightsail view model against the sandbox through the real adapter, on a synchronous executor. */
class LightsailViewModelTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private ViewTestContext test;
    private ResourceListViewModel databases;

    @BeforeEach
    void setUp() {
        sandbox.configure(c -> c.withTimeScale(1.0));
        test = new ViewTestContext(sandbox);
        test.connect("us-east-1");
        databases = new LightsailViewModel(test.context).databases();
        databases.setShowing(true);
    }

    @AfterEach
    void tearDown() {
        test.close();
    }

    private Resource select(String name) {
        Resource database = databases.allRows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        databases.selectedProperty().set(database);
        return database;
    }

    @Test
    void listsEveryDatabaseWithWhyItCannotBeBackedUp() {
        assertEquals(6, databases.rows().size());
        select("legacy-mysql");
        assertEquals("Database is stopped", databases.details().backUpEligibilityProperty().get().reason());
        select("orders-pg");
        assertTrue(databases.details().backUpEligibilityProperty().get().reason().contains("backing-up"));
        select("shop-mysql");
        assertTrue(databases.details().backUpEligibilityProperty().get().allowed());
    }

    @Test
    void filterMatchesEngineAndState() {
        databases.filterTextProperty().set("postgres");
        assertTrue(databases.rows().stream().allMatch(r -> r.type().toLowerCase().contains("postgres")));
        databases.filterTextProperty().set("STOPPED");
        assertEquals(List.of("legacy-mysql"), databases.rows().stream().map(Resource::name).toList());
    }

    @Test
    void aPendingSnapshotCannotBeDeletedYetAndAFinishedOneCanAfterConfirmation() {
        select("orders-pg");
        ResourceDetailsViewModel details = databases.details();
        BackupSummary pending = details.backups().stream().filter(b -> b.status().equals("pending")).findFirst().orElseThrow();
        details.selectedBackupProperty().set(pending);
        assertFalse(details.deleteEligibilityProperty().get().allowed());
        assertTrue(details.deleteEligibilityProperty().get().reason().contains("Still being created"));

        select("shop-mysql");
        BackupSummary available = details.backups().stream().filter(b -> b.status().equals("available")).findFirst().orElseThrow();
        details.selectedBackupProperty().set(available);
        details.deleteSelectedBackup();
        assertTrue(test.dialogs.asked.get(0).contains(available.name()), test.dialogs.asked.toString());
        assertTrue(details.backups().stream().noneMatch(b -> b.id().equals(available.id())), "deleted");
    }

    @Test
    void anotherRegionShowsItsOwnDatabases() {
        test.connect("eu-west-1");
        assertEquals(2, databases.rows().size());
    }
}
