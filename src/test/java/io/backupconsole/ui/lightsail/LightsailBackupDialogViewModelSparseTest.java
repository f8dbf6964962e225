package io.backupconsole.ui.lightsail;

import io.backupconsole.testsupport.SparseAnswers;

/** {@link LightsailBackupDialogViewModelTest} against an endpoint that answers only identifiers and the members the model requires. */
@SparseAnswers
class LightsailBackupDialogViewModelSparseTest extends LightsailBackupDialogViewModelTest {}
