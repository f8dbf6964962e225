package io.backupconsole.tracking;

import io.backupconsole.testsupport.SparseAnswers;

/** {@link JobTrackerTest} against an endpoint that answers only identifiers and the members the model requires. */
@SparseAnswers
class JobTrackerSparseTest extends JobTrackerTest {}
