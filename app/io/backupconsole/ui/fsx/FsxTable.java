package io.backupconsole.ui.fsx;

import io.backupconsole.aws.fsx.FsxAdapter;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.ui.resources.ResourceColumn;
import io.backupconsole.ui.resources.ResourceTableSpec;
import java.util.Comparator;

/**
 * FSx file systems with their ONTAP and OpenZFS volumes in one flat table. A flat table rather than a tree: the
 * shared kit's filter (any column), sorting by any column and single selection with its details pane work
 * unchanged, and a filter hit on a volume still shows that volume. The relation stays visible because the default
 * order puts each file system's volumes right after it, their names marked with "└ ", and a volume's details name its
 * file system.
 */
public final class FsxTable {
    /** Marks a volume's name so it reads as part of the file system above it. */
    static final String VOLUME_MARK = "└ ";

    /**
     * The order while no column is sorted: file systems by id (stable across refreshes), each followed by its
     * volumes by name. Sorting a column replaces it; clearing the sort brings it back.
     */
    static final Comparator<Resource> FILE_SYSTEM_THEN_VOLUMES = Comparator.comparing(FsxTable::fileSystemId)
            .thenComparing(FsxTable::isVolume)
            .thenComparing(Resource::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Resource::id);

    private FsxTable() {}

    /** Seven columns, more than fit beside the details pane: the ones that decide what to do come first. */
    public static ResourceTableSpec spec() {
        return ResourceTableSpec.of(
                        AwsService.FSX,
                        "FSx file systems and volumes",
                        "file systems and volumes",
                        "Filter file systems and volumes: name, id (fs-…, fsvol-…), type, lifecycle…",
                        ResourceColumn.text("Name", FsxTable::displayName).width(150, 90),
                        ResourceColumn.state("Lifecycle").width(120, 110),
                        ResourceColumn.backUp("Back up").width(220, 80),
                        ResourceColumn.text("Type", Resource::type).width(260, 80),
                        ResourceColumn.size("Capacity", FsxTable::capacityBytes).width(85, 65),
                        ResourceColumn.created("Created").width(105, 70),
                        ResourceColumn.text("ID", Resource::id).width(205, 120))
                .orderedBy(FILE_SYSTEM_THEN_VOLUMES);
    }

    /** The Name column's text: a volume is marked as belonging to the file system above it. */
    static String displayName(Resource resource) {
        return isVolume(resource) ? VOLUME_MARK + resource.name() : resource.name();
    }

    /** The Capacity column: storage capacity of a file system, size or quota of a volume, null when none. */
    static Long capacityBytes(Resource resource) {
        return FsxAdapter.capacityBytes(resource);
    }

    private static boolean isVolume(Resource resource) {
        return resource.parentId() != null;
    }

    private static String fileSystemId(Resource resource) {
        return isVolume(resource) ? resource.parentId() : resource.id();
    }
}
