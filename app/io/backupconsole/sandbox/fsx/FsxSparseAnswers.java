package io.backupconsole.sandbox.fsx;

import io.backupconsole.sandbox.protocol.SparseShape;

/**
 * What FSx answers keep under {@code sparseResponses}, from the FSx 2018-03-01 model: {@code FileSystem} and
 * {@code Volume} require nothing, so they keep their ids; {@code Backup} requires {@code BackupId},
 * {@code Lifecycle}, {@code Type}, {@code CreationTime} and {@code FileSystem} (whose own members are optional, so
 * it keeps {@code FileSystemId}); the answers themselves require nothing and keep their items and page token.
 */
final class FsxSparseAnswers {
    private static final SparseShape FILE_SYSTEM = SparseShape.keep("FileSystemId");
    private static final SparseShape VOLUME = SparseShape.keep("VolumeId");
    private static final SparseShape BACKUP =
            SparseShape.keep("BackupId", "Lifecycle", "Type", "CreationTime").with("FileSystem", FILE_SYSTEM);

    static final SparseShape DESCRIBE_FILE_SYSTEMS =
            SparseShape.keep("NextToken").with("FileSystems", FILE_SYSTEM);
    static final SparseShape DESCRIBE_VOLUMES = SparseShape.keep("NextToken").with("Volumes", VOLUME);
    static final SparseShape DESCRIBE_BACKUPS = SparseShape.keep("NextToken").with("Backups", BACKUP);
    static final SparseShape CREATE_BACKUP = SparseShape.NOTHING.with("Backup", BACKUP);
    static final SparseShape DELETE_BACKUP = SparseShape.keep("BackupId");

    private FsxSparseAnswers() {}
}
