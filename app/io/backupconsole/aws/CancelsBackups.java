package io.backupconsole.aws;

import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Eligibility;

/**
 * A service that can stop a started backup (AWS Backup's StopBackupJob). A module returns it from
 * {@link ServiceModule#cancelling()}; the others cannot stop a backup once it has started.
 *
 * @param <A> the service's adapter
 */
public interface CancelsBackups<A extends ServiceAdapter> {

    /** Whether a running backup made from {@code request}, now in the service's state {@code state}, can be stopped. */
    Eligibility eligibility(BackupRequest request, String state);

    /** Asks the service to stop the backup. Blocking network call: background only. */
    void cancel(A adapter, String serviceJobId);
}
