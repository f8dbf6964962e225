package io.backupconsole.ui.opsworkscm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OpsWorks CM view model against the sandbox through the real adapter, on a synchronous executor. */
class OpsWorksCmTableTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    ViewTestContext test;
    ResourceTableViewModel viewModel;
    ResourceListViewModel servers;

    @BeforeEach
    void setUp() {
        // Real time: the seeded BACKING_UP server must still be backing up when the assertions run.
        sandbox.configure(c -> c.withTimeScale(1.0));
        test = new ViewTestContext(sandbox);
        test.connect("us-east-1");
        viewModel = new ResourceTableViewModel(OpsWorksCmTable.spec(), test.context);
        servers = viewModel.list();
    }

    @AfterEach
    void tearDown() {
        test.close();
    }

    Resource select(String name) {
        Resource server = servers.allRows().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow();
        servers.selectedProperty().set(server);
        return server;
    }

    List<String> names() {
        return servers.rows().stream().map(Resource::name).toList();
    }

    @Test
    void loadsEveryServerWhenFirstShownAndNotBefore() {
        assertTrue(servers.rows().isEmpty(), "nothing is loaded while the view is hidden");
        servers.setShowing(true);
        assertEquals(7, servers.rows().size());
        assertFalse(servers.loadingProperty().get());
        assertEquals("", servers.errorProperty().get());
        assertTrue(servers.lastRefreshProperty().get() != null);
    }

    @Test
    void filterMatchesAnyColumnCaseInsensitively() {
        servers.setShowing(true);
        servers.filterTextProperty().set("PUPPET");
        assertEquals(List.of("puppet-prod", "puppet-ci", "puppet-new"), names());
        servers.filterTextProperty().set("backing_up");
        assertEquals(List.of("puppet-ci"), names(), "state column");
        servers.filterTextProperty().set("50 manual backups");
        assertEquals(List.of("chef-archive"), names(), "the reason a server cannot be backed up");
        servers.filterTextProperty().set("  ");
        assertEquals(7, names().size());
    }

    @Test
    void sortsByTheTableComparator() {
        servers.setShowing(true);
        servers.comparatorProperty().set(Comparator.comparing(Resource::name));
        assertEquals("chef-archive", names().get(0));
        servers.comparatorProperty().set(Comparator.comparing(Resource::name).reversed());
        assertEquals("puppet-prod", names().get(0));
    }

    @Test
    void eligibilityReasonsAreShownForServersThatCannotBeBackedUp() {
        servers.setShowing(true);
        ResourceDetailsViewModel details = servers.details();
        select("chef-prod");
        assertTrue(details.backUpEligibilityProperty().get().allowed());
        select("puppet-ci");
        assertFalse(details.backUpEligibilityProperty().get().allowed());
        assertTrue(details.backUpEligibilityProperty().get().reason().contains("BACKING_UP"));
        select("puppet-new");
        assertTrue(details.backUpEligibilityProperty().get().reason().contains("CREATING"));
        select("chef-archive");
        assertTrue(details.backUpEligibilityProperty().get().reason().contains("50 manual backups"));
    }

    @Test
    void backUpActionOpensOnlyForEligibleServers() {
        servers.setShowing(true);
        select("puppet-ci");
        servers.details().backUp();
        assertTrue(test.backUpRequests.isEmpty());
        Resource chefProd = select("chef-prod");
        servers.details().backUp();
        assertEquals(List.of(chefProd), test.backUpRequests);
    }

    @Test
    void severalSelectedServersAreBackedUpTogetherLeavingOutThoseThatCannot() {
        servers.setShowing(true);
        List<Resource> chosen = servers.rows().stream()
                .filter(r -> List.of("chef-prod", "puppet-prod", "puppet-ci").contains(r.name()))
                .toList();

        servers.selectionChanged(chosen);

        var details = servers.details();
        assertTrue(details.severalProperty().get());
        assertTrue(details.bulkSummaryProperty().get().startsWith("3 selected: 2 can be backed up now."));
        assertTrue(details.bulkSummaryProperty().get().contains("puppet-ci: Server is BACKING_UP"));
        details.backUpSelected();
        assertEquals(1, test.bulkBackUpRequests.size());
        assertEquals(
                List.of("chef-prod", "puppet-prod"),
                test.bulkBackUpRequests.get(0).stream()
                        .map(Resource::name)
                        .sorted()
                        .toList());

        servers.refresh();
        assertEquals(3, servers.selection().size(), "a refresh keeps the selection");
        servers.selectionChanged(List.of(chosen.get(0)));
        assertFalse(details.severalProperty().get());
    }

    @Test
    void revealSelectsAServerOnceTheListHasLoadedAndClearsAFilterThatHidesIt() {
        servers.reveal("puppet-ci");
        servers.setShowing(true);
        assertEquals("puppet-ci", servers.selectedProperty().get().id(), "selected once loaded");

        servers.filterTextProperty().set("chef");
        servers.reveal("puppet-prod");

        assertEquals("", servers.filterTextProperty().get());
        assertEquals("puppet-prod", servers.selectedProperty().get().id());
        assertEquals(
                List.of("puppet-prod"),
                servers.selection().stream().map(Resource::id).toList());
        assertEquals("puppet-prod", servers.details().resourceProperty().get().id());
    }

    @Test
    void detailsListBackupsNewestFirst() {
        servers.setShowing(true);
        select("chef-prod");
        List<BackupSummary> backups = servers.details().backups();
        assertTrue(backups.size() > 2, "seeded history: " + backups.size());
        List<Instant> times = backups.stream().map(BackupSummary::createdAt).toList();
        assertEquals(times.stream().sorted(Comparator.reverseOrder()).toList(), times);
    }

    @Test
    void deletingAManualBackupAsksFirstNamingItThenRemovesIt() {
        servers.setShowing(true);
        select("chef-prod");
        ResourceDetailsViewModel details = servers.details();
        BackupSummary manual = details.backups().stream()
                .filter(b -> b.origin() == BackupOrigin.MANUAL && b.status().equals("OK"))
                .findFirst()
                .orElseThrow();
        details.selectedBackupProperty().set(manual);
        assertTrue(details.deleteEligibilityProperty().get().allowed());

        test.dialogs.answer = false;
        details.deleteSelectedBackup();
        assertTrue(test.dialogs.asked.get(0).contains(manual.id()), test.dialogs.asked.toString());
        assertTrue(details.backups().contains(manual), "declined: nothing deleted");

        details.selectedBackupProperty().set(manual);
        test.dialogs.answer = true;
        details.deleteSelectedBackup();
        assertTrue(
                details.backups().stream()
                        .filter(b -> b.id().equals(manual.id()))
                        .allMatch(b -> b.status().equals("DELETING")),
                "the backup is being deleted");
    }

    @Test
    void automatedBackupsSayWhyTheyCannotBeDeleted() {
        servers.setShowing(true);
        select("chef-prod");
        ResourceDetailsViewModel details = servers.details();
        BackupSummary automated = details.backups().stream()
                .filter(b -> b.origin() == BackupOrigin.AUTOMATED)
                .findFirst()
                .orElseThrow();
        details.selectedBackupProperty().set(automated);
        assertFalse(details.deleteEligibilityProperty().get().allowed());
        assertTrue(details.deleteEligibilityProperty().get().reason().contains("retention"));
        details.deleteSelectedBackup();
        assertTrue(test.dialogs.asked.isEmpty(), "no confirmation for something that cannot be deleted");
    }

    @Test
    void aFailingServiceShowsAnInlineErrorAndKeepsTheRows() {
        servers.setShowing(true);
        sandbox.configure(
                c -> new SandboxConfig(c.timeScale(), 0, 0, 0, 1.0, 0, List.of("opsworkscm:DescribeServers"), c.seed())
                        .withSparseResponses(c.sparseResponses()));
        servers.refresh();
        assertEquals(7, servers.rows().size(), "the last good rows stay");
        assertTrue(
                servers.errorProperty().get().contains("InternalFailure")
                        || servers.errorProperty().get().toLowerCase().contains("fail"),
                servers.errorProperty().get());
        sandbox.configure(c -> sandbox.testConfig().withTimeScale(1.0));
        servers.refresh();
        assertEquals("", servers.errorProperty().get(), "the error clears once the service answers");
    }

    @Test
    void serversAreListedWhenTheirBackupsCannotBeCountedWithANotice() {
        sandbox.configure(c -> c.withUnsupportedOperations(List.of("opsworkscm:DescribeBackups")));
        servers.setShowing(true);
        assertEquals(7, servers.rows().size());
        assertEquals("", servers.errorProperty().get());
        String notice = servers.listingNoticeProperty().get();
        assertTrue(notice.startsWith("Manual backups are not counted (DescribeBackups failed)"), notice);
        Resource archive = select("chef-archive");
        assertEquals("— of 50", archive.attribute("Manual backups").orElseThrow());
        assertFalse(
                archive.eligibility().reason().contains("50 manual backups"),
                "a limit that cannot be counted is left to the service");
    }

    @Test
    void switchingConnectionReloadsAndClearsTheSelection() {
        servers.setShowing(true);
        select("chef-prod");
        test.connect("eu-west-1");
        assertEquals(
                List.of("chef-eu-prod", "puppet-eu", "puppet-eu-old"),
                names().stream().sorted().toList());
        assertNull(servers.selectedProperty().get());
        assertNull(servers.details().resourceProperty().get());
    }

    @Test
    void refreshesAutomaticallyOnlyWhileShown() {
        servers.setShowing(true);
        assertEquals(1, test.ticker.activeCount());
        long before = sandbox.count("opsworkscm:DescribeServers");
        test.ticker.tick();
        assertEquals(before + 1, sandbox.count("opsworkscm:DescribeServers"));
        servers.setShowing(false);
        assertEquals(0, test.ticker.activeCount(), "hidden views do not poll");
    }

    @Test
    void refreshKeepsTheSelectedServerSelected() {
        servers.setShowing(true);
        select("puppet-prod");
        servers.refresh();
        assertEquals("puppet-prod", servers.selectedProperty().get().name());
        assertEquals("puppet-prod", servers.details().resourceProperty().get().name());
    }

    @Test
    void retiredNoticeIsWordedForTheSandbox() {
        assertTrue(viewModel.noticeProperty().get().contains("sandbox simulates it fully"));
    }
}
