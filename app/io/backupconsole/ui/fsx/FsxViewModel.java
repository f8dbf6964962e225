package io.backupconsole.ui.fsx;

import io.backupconsole.aws.fsx.FsxAdapter;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.ui.common.ViewContext;
import io.backupconsole.ui.resources.ResourceBrowser;
import io.backupconsole.ui.resources.ResourceListViewModel;
import java.util.Comparator;

/**
 * FSx file systems with their ONTAP and OpenZFS volumes in one flat table. A flat table rather than a tree: the
 * shared kit's filter (any column), sorting by any column and single selection with its details pane work
 * unchanged, and a filter hit on a volume still shows that volume. The relation stays visible because the default
 * order puts each file system's volumes right after it, their names marked with "└ ", and a volume's details name its
 * file system. FX thread only.
 */
public final class FsxViewModel {
    /** Marks a volume's name so it reads as part of the file system above it. */
    static final String VOLUME_MARK = "└ ";

    /**
     * The order while no column is sorted: file systems by id (stable across refreshes), each followed by its
     * volumes by name. Sorting a column replaces it; clearing the sort brings it back.
     */
    static final Comparator<Resource> FILE_SYSTEM_THEN_VOLUMES = Comparator.comparing(FsxViewModel::fileSystemId)
            .thenComparing(FsxViewModel::isVolume)
            .thenComparing(Resource::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Resource::id);

    private final ResourceListViewModel fileSystems;

    public FsxViewModel(ViewContext context) {
        this.fileSystems = ResourceBrowser.create(AwsService.FSX, context);
        fileSystems.comparatorProperty().set(FILE_SYSTEM_THEN_VOLUMES);
    }

    // Properties

    /** File systems and volumes: rows, filter, selection and the details of the selected one. */
    public ResourceListViewModel fileSystems() {
        return fileSystems;
    }

    /** The Name column's text: a volume is marked as belonging to the file system above it. */
    public static String displayName(Resource resource) {
        return isVolume(resource) ? VOLUME_MARK + resource.name() : resource.name();
    }

    /** The Capacity column: storage capacity of a file system, size or quota of a volume, null when none. */
    public static Long capacityBytes(Resource resource) {
        return FsxAdapter.capacityBytes(resource);
    }

    private static boolean isVolume(Resource resource) {
        return resource.parentId() != null;
    }

    private static String fileSystemId(Resource resource) {
        return isVolume(resource) ? resource.parentId() : resource.id();
    }
}
