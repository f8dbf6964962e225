package io.backupconsole.ui.backup;

import io.backupconsole.testsupport.SparseAnswers;

/** {@link BackupViewModelTest} against an endpoint that answers only identifiers and the members the model requires. */
@SparseAnswers
class BackupViewModelSparseTest extends BackupViewModelTest {}
