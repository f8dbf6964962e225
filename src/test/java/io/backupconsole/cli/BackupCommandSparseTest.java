package io.backupconsole.cli;

import io.backupconsole.testsupport.SparseAnswers;

/** {@link BackupCommandTest} against an endpoint that answers only identifiers and the members the model requires. */
@SparseAnswers
class BackupCommandSparseTest extends BackupCommandTest {}
