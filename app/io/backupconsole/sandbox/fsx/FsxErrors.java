package io.backupconsole.sandbox.fsx;

import io.backupconsole.domain.rules.Violation;
import io.backupconsole.sandbox.protocol.ServiceError;
import io.backupconsole.sandbox.support.ValidationErrors;
import java.util.List;

/** The modelled FSx errors the simulator answers with. Every one is a client error (HTTP 400). */
final class FsxErrors {
    /** FSx spells every input error {@code BadRequest}. */
    static final ValidationErrors VALIDATION = ValidationErrors.single("BadRequest");
    /** Model shape {@code ErrorMessage}: max 256. */
    private static final int MESSAGE_MAX = 256;

    private FsxErrors() {}

    static ServiceError badRequest(String message) {
        return error("BadRequest", message);
    }

    /** The first broken rule, in the words of the shared domain rules (they name the member). */
    static void require(List<Violation> violations) {
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            throw badRequest(first.field() + ": " + first.message());
        }
    }

    static ServiceError fileSystemNotFound(String id) {
        return error("FileSystemNotFound", "File system '" + id + "' does not exist.");
    }

    static ServiceError volumeNotFound(String id) {
        return error("VolumeNotFound", "Volume '" + id + "' does not exist.");
    }

    static ServiceError backupNotFound(List<String> ids) {
        return error("BackupNotFound", "Backup(s) not found: " + String.join(", ", ids));
    }

    static ServiceError backupInProgress(String resourceId, String runningBackupId) {
        return error(
                "BackupInProgress",
                "Another backup (" + runningBackupId + ") of " + resourceId
                        + " is already under way. Wait for completion before initiating additional backups.");
    }

    static ServiceError backupStillRunning(String backupId, String lifecycle) {
        return error(
                "BackupInProgress",
                "Backup " + backupId + " is still " + lifecycle + "; it can be deleted once it has finished.");
    }

    static ServiceError unsupported(String message) {
        return error("UnsupportedOperation", message);
    }

    static ServiceError incompatible(String parameter, String token) {
        return error(
                        "IncompatibleParameterError",
                        "The client request token '" + token + "' was already used with a different " + parameter + ".")
                .with("Parameter", parameter);
    }

    static ServiceError userBackupLimit(int limit) {
        return error(
                        "ServiceLimitExceeded",
                        "You have reached the limit of " + limit
                                + " user-initiated backups in this Region. Delete unneeded backups or request a quota increase.")
                .with("Limit", "TOTAL_USER_INITIATED_BACKUPS");
    }

    private static ServiceError error(String code, String message) {
        String bounded = message.length() > MESSAGE_MAX ? message.substring(0, MESSAGE_MAX - 3) + "..." : message;
        return ServiceError.badRequest(code, bounded);
    }
}
