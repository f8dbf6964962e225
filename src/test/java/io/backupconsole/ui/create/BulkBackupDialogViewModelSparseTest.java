package io.backupconsole.ui.create;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.opsworkscm.OpsWorksCmModule;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.testsupport.SparseAnswers;
import io.backupconsole.ui.awsbackup.AwsBackupBulkPlan;
import io.backupconsole.ui.opsworkscm.OpsWorksCmBulkPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link BulkBackupDialogViewModelTest} against an endpoint that answers only identifiers: what the re-read before
 * sending cannot see (a busy server, an air-gapped vault) is refused by the service, per resource, with its words.
 */
@SparseAnswers
class BulkBackupDialogViewModelSparseTest extends BulkBackupDialogViewModelTest {

    @Override
    @Test
    void aServerThatCannotBeBackedUpAnyMoreIsSkippedWithItsReasonAndTheOthersStart() {
        sandbox.configure(c -> c.withTimeScale(1.0));
        List<Resource> servers = eligible(AwsService.OPSWORKS_CM, 2);
        app.adapters.get(OpsWorksCmModule.ADAPTER).createBackup(servers.get(1).id(), "", List.of());
        BulkBackupDialogViewModel dialog = dialog(servers, new OpsWorksCmBulkPlan());

        dialog.create();

        assertFalse(dialog.doneProperty().get());
        assertEquals(1, started.size());
        assertEquals(servers.get(0).id(), started.get(0).resourceId());
        String refused = dialog.rows().get(1).outcomeProperty().get();
        assertTrue(refused.startsWith("Refused: ") && refused.contains("BACKING_UP"), refused);
        assertEquals(1, app.journal.jobs().size(), "the refused one is not kept");
    }

    @Override
    @Test
    void awsBackupJobsGoToTheChosenVault() {
        List<Resource> resources = eligible(AwsService.BACKUP, 2);
        BulkBackupDialogViewModel dialog = dialog(resources, new AwsBackupBulkPlan());
        assertEquals("Default", dialog.vaultProperty().get());
        assertTrue(
                dialog.vaults().contains("airgapped-archive"),
                "the answer does not say which vault is air-gapped, so none is left out");

        dialog.vaultProperty().set("airgapped-archive");
        dialog.create();
        assertTrue(started.isEmpty());
        for (var row : dialog.rows()) {
            String outcome = row.outcomeProperty().get();
            assertTrue(outcome.startsWith("Refused: ") && outcome.contains("air-gapped"), outcome);
        }

        dialog.vaultProperty().set("Default");
        dialog.create();
        assertTrue(dialog.doneProperty().get(), dialog.generalMessageProperty().get());
        assertEquals(2, started.size());
    }
}
