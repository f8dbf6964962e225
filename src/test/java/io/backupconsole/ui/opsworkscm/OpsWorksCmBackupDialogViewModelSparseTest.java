package io.backupconsole.ui.opsworkscm;

import io.backupconsole.testsupport.SparseAnswers;

/** {@link OpsWorksCmBackupDialogViewModelTest} against an endpoint that answers only identifiers and the members the model requires. */
@SparseAnswers
class OpsWorksCmBackupDialogViewModelSparseTest extends OpsWorksCmBackupDialogViewModelTest {}
