package io.backupconsole.aws;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.ResourceListing;
import java.util.List;
import java.util.Optional;

/**
 * What every service adapter offers, in domain types only. Each adapter also has its own typed create method.
 * Calls block on the network: call them from the background executor, never the FX thread. Failures arrive as
 * {@link io.backupconsole.domain.ServiceFailure}.
 */
public interface ServiceAdapter {

    AwsService service();

    /** Every resource this service can back up in the connection's region (all pages). */
    List<Resource> listResources();

    /**
     * {@link #listResources()} with a notice for each helper call that failed on the way (the resources found are
     * still listed). Adapters whose listing makes such calls override both.
     */
    default ResourceListing listing() {
        return ResourceListing.complete(listResources());
    }

    /**
     * One resource as it is now (to re-check that it can still be backed up right before a backup is sent), or
     * empty when it is gone. Lists every resource: fine for a dialog's one-off check, not for polling.
     */
    default Optional<Resource> findResource(String resourceId) {
        return listResources().stream()
                .filter(resource -> resource.id().equals(resourceId))
                .findFirst();
    }

    /** The backups of one resource, newest first (all pages). */
    List<BackupSummary> listBackups(String resourceId);
}
