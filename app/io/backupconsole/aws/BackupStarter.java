package io.backupconsole.aws;

import io.backupconsole.domain.BackupRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * How one service starts a backup for a {@link BackupRequest}, and how it finds what a request whose answer was lost
 * made. Blocking network calls: background executor only. Failures arrive as
 * {@link io.backupconsole.domain.ServiceFailure}.
 */
public interface BackupStarter {

    /**
     * Sends the create call once (the SDK's own retries included) and returns the service's id for what it started:
     * OpsWorks CM BackupId, FSx BackupId, AWS Backup BackupJobId, Lightsail snapshot name.
     */
    String start(BackupRequest request);

    /**
     * True when sending the same request again can never make a second backup (FSx ClientRequestToken, AWS Backup
     * IdempotencyToken): a retry is itself the lookup.
     */
    boolean idempotent();

    /**
     * For services without a token: the id of the backup this request made, if it made one, looking only at backups
     * of the request's resource started at or after {@code requestedAt} (less a small clock-skew allowance).
     */
    Optional<String> findStarted(BackupRequest request, Instant requestedAt);
}
