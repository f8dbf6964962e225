package io.backupconsole.ui.fsx;

import io.backupconsole.testsupport.SparseAnswers;

/** {@link FsxBackupDialogViewModelTest} against an endpoint that answers only identifiers and the members the model requires. */
@SparseAnswers
class FsxBackupDialogViewModelSparseTest extends FsxBackupDialogViewModelTest {}
