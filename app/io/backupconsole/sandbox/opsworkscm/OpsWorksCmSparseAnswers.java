package io.backupconsole.sandbox.opsworkscm;

import io.backupconsole.sandbox.protocol.SparseShape;

/**
 * What OpsWorks CM answers keep under {@code sparseResponses}, from the OpsWorks CM 2016-11-01 model, which marks
 * no output member required: a server keeps its {@code ServerName}, a backup its {@code BackupId}, the answers
 * their items and page token.
 */
final class OpsWorksCmSparseAnswers {
    private static final SparseShape SERVER = SparseShape.keep("ServerName");
    private static final SparseShape BACKUP = SparseShape.keep("BackupId");

    static final SparseShape DESCRIBE_SERVERS = SparseShape.keep("NextToken").with("Servers", SERVER);
    static final SparseShape CREATE_BACKUP = SparseShape.NOTHING.with("Backup", BACKUP);
    static final SparseShape DESCRIBE_BACKUPS = SparseShape.keep("NextToken").with("Backups", BACKUP);
    static final SparseShape DELETE_BACKUP = SparseShape.NOTHING;

    private OpsWorksCmSparseAnswers() {}
}
