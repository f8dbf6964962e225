package io.backupconsole.aws;

import java.util.Objects;

/**
 * What the window and the command line call one service's things.
 *
 * @param title     the navigation's name for the service, e.g. "FSx file systems"
 * @param resource  one resource, e.g. "file system or volume"
 * @param resources several resources, e.g. "file systems and volumes"
 * @param backup    one backup, e.g. "backup" or "snapshot"
 */
public record ServiceNouns(String title, String resource, String resources, String backup) {
    public ServiceNouns {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(backup, "backup");
    }

    /** The resource noun for {@code count} of them. */
    public String resources(int count) {
        return count == 1 ? resource : resources;
    }
}
