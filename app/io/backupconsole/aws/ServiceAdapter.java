package io.backupconsole.aws;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Resource;
import java.util.List;

/**
 * What every service adapter offers, in domain types only. Each adapter also has its own typed create method.
 * Calls block on the network: call them from the background executor, never the FX thread. Failures arrive as
 * {@link io.backupconsole.domain.ServiceFailure}.
 */
public interface ServiceAdapter {

    AwsService service();

    /** Every resource this service can back up in the connection's region (all pages). */
    List<Resource> listResources();

    /** The backups of one resource, newest first (all pages). */
    List<BackupSummary> listBackups(String resourceId);
}
