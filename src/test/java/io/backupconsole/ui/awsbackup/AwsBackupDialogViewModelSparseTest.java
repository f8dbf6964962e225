package io.backupconsole.ui.awsbackup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.Resource;
import io.backupconsole.domain.awsbackup.BackupVault;
import io.backupconsole.testsupport.SparseAnswers;
import org.junit.jupiter.api.Test;

/**
 * {@link AwsBackupDialogViewModelTest} against an endpoint that answers only identifiers: resources are ARNs,
 * vaults are names (no type, lock or count). What the dialog cannot know beforehand, AWS Backup refuses when the
 * job is started, and the dialog places its words.
 */
@SparseAnswers
class AwsBackupDialogViewModelSparseTest extends AwsBackupDialogViewModelTest {

    @Override
    @Test
    void theDefaultsAreValidOnceTheVaultsHaveLoaded() {
        Resource efs = named("shared-home");
        AwsBackupDialogViewModel dialog = new AwsBackupDialogViewModel(efs, app.context);

        assertEquals("Default", dialog.vaults().selectedProperty().get().name());
        assertTrue(
                dialog.vaults().vaults().stream().anyMatch(v -> v.name().equals("airgapped-archive")),
                "the answer does not say which vault is air-gapped, so none is left out");
        assertEquals(efs.id(), dialog.resourceArnProperty().get());
        assertEquals("EFS", dialog.resourceTypeProperty().get(), "told by the ARN");
        assertTrue(
                dialog.canCreateProperty().get(),
                dialog.violationsProperty().get().toString());
        assertEquals("Back up " + efs.id(), dialog.title(), "no resource name: the ARN names it");
    }

    @Override
    @Test
    void aLockedVaultAsksForItsRetentionAtOnce() {
        AwsBackupDialogViewModel dialog = dialogFor("shared-home");
        BackupVault locked = dialog.vaults().vaults().stream()
                .filter(v -> v.name().equals("compliance-locked"))
                .findFirst()
                .orElseThrow();
        dialog.vaults().selectedProperty().set(locked);
        assertEquals("compliance-locked", VaultChoice.label(locked), "the answer does not say it is locked");
        assertTrue(dialog.canCreateProperty().get());

        dialog.create();

        assertNull(dialog.startedProperty().get(), "AWS Backup enforces the lock when the job starts");
        String said = dialog.messageFor(LifecycleFields.DELETE).get() + " "
                + dialog.generalMessageProperty().get();
        assertTrue(said.contains("365"), said);
        assertTrue(app.journal.jobs().isEmpty());
    }
}
