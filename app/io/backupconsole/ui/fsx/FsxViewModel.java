package io.backupconsole.ui.fsx;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import java.util.Comparator;
import io.backupconsole.ui.common.ViewContext;
import io.backupconsole.ui.resources.ResourceBrowser;
import io.backupconsole.ui.resources.ResourceListViewModel;

/**
 * FSx file systems with their ONTAP and OpenZFS volumes in one flat table: the default order keeps a file system's
 * volumes right after it, indented, so the relation shows without a tree (and the shared filter, sort and
 * selection work unchanged). FX thread only.
 */
public final class FsxViewModel {
    private final ResourceListViewModel fileSystems;

    public FsxViewModel(ViewContext context) {
        this.fileSystems = ResourceBrowser.create(AwsService.FSX, context);
        fileSystems.rows().setComparator(FILE_SYSTEM_THEN_VOLUMES);
    }

    /** A file system, then its volumes by name; file systems by id. The table's own sorting replaces this. */
    static final Comparator<Resource> FILE_SYSTEM_THEN_VOLUMES = Comparator
            .comparing((Resource r) -> r.parentId() == null ? r.id() : r.parentId())
            .thenComparing(r -> r.parentId() == null ? 0 : 1)
            .thenComparing(Resource::name);

    /** The name column: volumes are indented under their file system. */
    public static String displayName(Resource resource) {
        return resource.parentId() == null ? resource.name() : "└ " + resource.name();
    }

    // Properties

    public ResourceListViewModel fileSystems() {
        return fileSystems;
    }
}
