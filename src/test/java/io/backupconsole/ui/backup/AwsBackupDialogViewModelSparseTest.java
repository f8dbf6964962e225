package io.backupconsole.ui.backup;

import io.backupconsole.testsupport.SparseAnswers;

/** {@link AwsBackupDialogViewModelTest} against an endpoint that answers only identifiers and the members the model requires. */
@SparseAnswers
class AwsBackupDialogViewModelSparseTest extends AwsBackupDialogViewModelTest {}
