package io.backupconsole.domain;

import java.util.List;

/**
 * A service's resources as listed, with a notice for each helper call that failed on the way: the listing then
 * knows less (FSx file systems without their volumes, AWS Backup resources whose opt-in is unknown) but the
 * resources it found are still there to back up.
 *
 * @param resources every resource found
 * @param notices   one line per failed helper call, saying what is missing and why; empty when nothing failed
 */
public record ResourceListing(List<Resource> resources, List<String> notices) {
    public ResourceListing {
        resources = List.copyOf(resources);
        notices = List.copyOf(notices);
    }

    /** A listing that every call behind it answered. */
    public static ResourceListing complete(List<Resource> resources) {
        return new ResourceListing(resources, List.of());
    }
}
