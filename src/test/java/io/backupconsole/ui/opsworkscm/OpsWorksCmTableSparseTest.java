package io.backupconsole.ui.opsworkscm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.BackupOrigin;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Resource;
import io.backupconsole.testsupport.SparseAnswers;
import io.backupconsole.ui.common.Formats;
import io.backupconsole.ui.resources.ResourceDetailsViewModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link OpsWorksCmTableTest} against an endpoint that answers only what the OpsWorks CM model requires, which is
 * nothing: servers keep their name, backups their id. No status, engine, time, nor whose or which kind a backup
 * is. The tests whose facts such an answer lacks are replaced by what it allows.
 */
@SparseAnswers
class OpsWorksCmTableSparseTest extends OpsWorksCmTableTest {

    @Override
    @Test
    void filterMatchesAnyColumnCaseInsensitively() {
        servers.setShowing(true);
        servers.filterTextProperty().set("PUPPET");
        assertEquals(List.of("puppet-prod", "puppet-ci", "puppet-new"), names(), "names are identifiers: kept");
        servers.filterTextProperty().set("backing_up");
        assertTrue(names().isEmpty(), "no status in the answer");
        servers.filterTextProperty().set("unknown");
        assertEquals(7, names().size(), "every server's state shows as unknown");
        servers.filterTextProperty().set("— of 50");
        assertEquals(7, names().size(), "manual backups that cannot be counted");
    }

    @Override
    @Test
    void eligibilityReasonsAreShownForServersThatCannotBeBackedUp() {
        servers.setShowing(true);
        ResourceDetailsViewModel details = servers.details();
        for (String name : List.of("chef-prod", "puppet-ci", "puppet-new", "chef-archive")) {
            Resource server = select(name);
            assertTrue(details.backUpEligibilityProperty().get().allowed(), name + ": left to the service");
            assertEquals(Formats.UNKNOWN_STATE, Formats.state(server.state()));
            assertEquals("— of 50", server.attribute("Manual backups").orElseThrow());
            assertEquals("OpsWorks CM server", server.type());
        }
    }

    @Override
    @Test
    void backUpActionOpensOnlyForEligibleServers() {
        servers.setShowing(true);
        Resource backingUp = select("puppet-ci");
        servers.details().backUp();
        assertEquals(List.of(backingUp), test.backUpRequests, "OpsWorks CM refuses it when it is sent");
    }

    @Override
    @Test
    void severalSelectedServersAreBackedUpTogetherLeavingOutThoseThatCannot() {
        servers.setShowing(true);
        List<Resource> chosen = servers.rows().stream()
                .filter(r -> List.of("chef-prod", "puppet-prod", "puppet-ci").contains(r.name()))
                .toList();
        servers.selectionChanged(chosen);
        var details = servers.details();
        assertTrue(details.bulkSummaryProperty().get().startsWith("3 selected: 3 can be backed up now."));
        details.backUpSelected();
        assertEquals(3, test.bulkBackUpRequests.get(0).size());
    }

    @Override
    @Test
    void detailsListBackupsNewestFirst() {
        servers.setShowing(true);
        select("chef-prod");
        List<BackupSummary> backups = servers.details().backups();
        assertTrue(backups.size() > 2, "listed by server: " + backups.size());
        for (BackupSummary backup : backups) {
            assertEquals("chef-prod", backup.resourceId(), "asked by server, so it is the server's");
            assertNull(backup.createdAt(), "no time: shown as —");
            assertEquals(Formats.UNKNOWN_STATE, Formats.state(backup.status()));
            assertEquals(backup.id(), backup.name(), "no description: the id names it");
        }
    }

    @Override
    @Test
    void deletingAManualBackupAsksFirstNamingItThenRemovesIt() {
        servers.setShowing(true);
        select("chef-prod");
        ResourceDetailsViewModel details = servers.details();
        BackupSummary any = details.backups().get(0);
        assertEquals(BackupOrigin.MANUAL, any.origin(), "a backup of no stated kind counts as manual");
        details.selectedBackupProperty().set(any);
        assertTrue(details.deleteEligibilityProperty().get().allowed(), "OpsWorks CM deletes both kinds");
        test.dialogs.answer = true;
        long deletes = sandbox.count("opsworkscm:DeleteBackup");
        details.deleteSelectedBackup();
        assertTrue(test.dialogs.asked.get(0).contains(any.id()), test.dialogs.asked.toString());
        assertEquals(deletes + 1, sandbox.count("opsworkscm:DeleteBackup"));
        assertEquals("", details.backupsErrorProperty().get());
    }

    @Override
    @Test
    void automatedBackupsSayWhyTheyCannotBeDeleted() {
        servers.setShowing(true);
        select("chef-prod");
        assertTrue(
                servers.details().backups().stream().noneMatch(b -> b.origin() == BackupOrigin.AUTOMATED),
                "no backup says it is automated, so none is held back: the service decides");
    }
}
