package io.backupconsole.tracking;

import io.backupconsole.aws.ServiceAdapters;

/**
 * Reaches the adapters of a tracked job's connection and region, whichever connection the window shows now.
 * Blocking (may build SDK clients): background only.
 */
@FunctionalInterface
public interface AdaptersProvider {
    /**
     * @param connectionKey {@link io.backupconsole.aws.Connection#key()} as journalled with the job
     * @throws IllegalStateException when that connection cannot be made any more (e.g. its profile is gone)
     */
    ServiceAdapters adaptersFor(String connectionKey, String region);
}
