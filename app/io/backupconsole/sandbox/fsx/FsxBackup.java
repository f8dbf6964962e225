package io.backupconsole.sandbox.fsx;

import io.backupconsole.domain.rules.Tag;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.support.SimulatedRun;
import java.time.Instant;
import java.util.List;

/**
 * One simulated FSx backup. Immutable: its visible lifecycle and progress are derived from its {@link SimulatedRun}
 * at the moment of each read, so no thread advances it.
 *
 * @param region          region it lives in
 * @param id              {@code backup-} + 17 hex digits
 * @param type            {@code USER_INITIATED}, {@code AUTOMATIC} or {@code AWS_BACKUP}
 * @param fileSystem      copy of the file system description at backup time
 * @param volume          copy of the volume description for volume backups, else null
 * @param tags            its tags (may be empty)
 * @param run             timing and outcome
 * @param lustrePhases    user-initiated Lustre backups pass PENDING and TRANSFERRING as well (BackupLifecycle docs)
 * @param sizeInBytes     the amount of data a restore would produce
 * @param failureMessage  what FailureDetails says when the run fails
 */
record FsxBackup(
        String region,
        String id,
        String type,
        FsxFileSystem fileSystem,
        FsxVolume volume,
        List<Tag> tags,
        SimulatedRun run,
        boolean lustrePhases,
        long sizeInBytes,
        String failureMessage) {

    /** Share of the run spent PENDING, and the point from which it is TRANSFERRING, for Lustre user backups. */
    private static final double PENDING_UNTIL = 0.1;

    private static final double TRANSFERRING_FROM = 0.7;

    FsxBackup {
        tags = List.copyOf(tags);
    }

    Instant creationTime() {
        return run.startedAt();
    }

    /** The volume id for volume backups, else the file system id: what BackupInProgress is counted per. */
    String resourceId() {
        return volume != null ? volume.id() : fileSystem.id();
    }

    String arn() {
        return "arn:aws:fsx:" + region + ":" + SimulationContext.ACCOUNT_ID + ":backup/" + id;
    }

    String lifecycle(Instant now) {
        double fraction = run.fraction(now);
        if (fraction >= 1.0) {
            return run.fails() ? "FAILED" : "AVAILABLE";
        }
        if (!lustrePhases) {
            return "CREATING";
        }
        if (fraction < PENDING_UNTIL) {
            return "PENDING";
        }
        return fraction < TRANSFERRING_FROM ? "CREATING" : "TRANSFERRING";
    }

    boolean running(Instant now) {
        return !run.finished(now);
    }
}
