package io.backupconsole.sandbox.opsworkscm;

import io.backupconsole.sandbox.support.SimulatedRun;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One simulated OpsWorks CM backup. Its Status is derived from the simulated clock on every read: IN_PROGRESS
 * while its run lasts, then OK or FAILED; DELETING from a DeleteBackup until the deletion ends, after which the
 * region forgets it. Immutable: a DeleteBackup replaces it with its {@link #deleting} copy.
 *
 * @param server         the server as it was when the backup started (engine and instance facts are copied)
 * @param description    the user's description; null for automated backups
 * @param userArn        who asked for it; null for automated backups
 * @param failureReason  the StatusDescription shown if the run fails
 * @param deletionEndsAt when its deletion ends; null until a DeleteBackup
 */
record OpsWorksCmBackup(
        String id,
        String arn,
        Type type,
        String description,
        String userArn,
        OpsWorksCmServer server,
        SimulatedRun run,
        String failureReason,
        Instant deletionEndsAt) {
    /** The backup types of the model's {@code BackupType} enum. */
    enum Type {
        AUTOMATED,
        MANUAL
    }

    String serverName() {
        return server.name();
    }

    Instant createdAt() {
        return run.startedAt();
    }

    /** {@code IN_PROGRESS}, {@code OK}, {@code FAILED} or {@code DELETING} at {@code now}. */
    String status(Instant now) {
        if (deletionEndsAt != null) {
            return "DELETING";
        }
        if (!run.finished(now)) {
            return "IN_PROGRESS";
        }
        return run.fails() ? "FAILED" : "OK";
    }

    /** What the service says about the status, or empty when there is nothing to add (OK). */
    Optional<String> statusDescription(Instant now) {
        return switch (status(now)) {
            case "IN_PROGRESS" -> Optional.of("Backup is in progress.");
            case "FAILED" -> Optional.of(failureReason);
            case "DELETING" -> Optional.of("Backup is being deleted.");
            default -> Optional.empty();
        };
    }

    /** This backup being deleted from {@code now}, gone after {@code takes}. */
    OpsWorksCmBackup deleting(Instant now, Duration takes) {
        return new OpsWorksCmBackup(id, arn, type, description, userArn, server, run, failureReason, now.plus(takes));
    }

    /** True once a deletion has finished: the backup no longer exists. */
    boolean gone(Instant now) {
        return deletionEndsAt != null && !now.isBefore(deletionEndsAt);
    }
}
