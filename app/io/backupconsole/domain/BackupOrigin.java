package io.backupconsole.domain;

/** Who made a backup, which decides whether the user may delete it here. */
public enum BackupOrigin {
    /** Made on request (console, CLI, this app): deletable. */
    MANUAL,
    /** Made by the service's own schedule. */
    AUTOMATED,
    /** Made and owned by AWS Backup: deleted through AWS Backup only. */
    AWS_BACKUP
}
