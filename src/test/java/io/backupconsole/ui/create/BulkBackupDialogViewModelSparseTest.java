package io.backupconsole.ui.create;

import io.backupconsole.testsupport.SparseAnswers;

/** {@link BulkBackupDialogViewModelTest} against an endpoint that answers only identifiers and the members the model requires. */
@SparseAnswers
class BulkBackupDialogViewModelSparseTest extends BulkBackupDialogViewModelTest {}
