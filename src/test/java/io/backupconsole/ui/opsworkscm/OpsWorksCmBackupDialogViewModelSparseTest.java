package io.backupconsole.ui.opsworkscm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.opsworkscm.OpsWorksCmModule;
import io.backupconsole.testsupport.SparseAnswers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link OpsWorksCmBackupDialogViewModelTest} against an endpoint that answers only server names and backup ids: the
 * re-read before sending cannot see that a server is busy, so OpsWorks CM's own refusal is what the user reads.
 */
@SparseAnswers
class OpsWorksCmBackupDialogViewModelSparseTest extends OpsWorksCmBackupDialogViewModelTest {

    @Override
    @Test
    void aServerThatStartedABackupElsewhereIsRefusedBeforeSending() {
        sandbox.configure(c -> c.withTimeScale(1.0));
        app.adapters.get(OpsWorksCmModule.ADAPTER).createBackup(server.id(), "", List.of());
        long before = manualBackups();

        dialog.create();

        assertNull(dialog.startedProperty().get());
        String message = dialog.generalMessageProperty().get();
        assertTrue(message.contains("BACKING_UP") && message.contains("InvalidStateException"), message);
        assertEquals(before, manualBackups(), "nothing more was made");
        assertTrue(app.journal.jobs().isEmpty(), "a refused request is not kept");
        assertTrue(dialog.canCreateProperty().get(), "the input is kept and the user may try again later");
    }
}
