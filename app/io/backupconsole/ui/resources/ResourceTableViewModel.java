package io.backupconsole.ui.resources;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.ui.common.ViewContext;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One service's resource page: its list (rows, filter, selection, details) in the spec's default order, and what
 * the service's module says about the connection shown (OpsWorks CM: retired at AWS), which follows every
 * reconnection. FX thread only.
 */
public final class ResourceTableViewModel {
    private final ResourceTableSpec spec;
    private final ResourceListViewModel list;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    public ResourceTableViewModel(ResourceTableSpec spec, ViewContext context) {
        this.spec = spec;
        this.list = new ResourceListViewModel(spec.service(), context);
        if (spec.defaultOrder() != null) {
            list.comparatorProperty().set(spec.defaultOrder());
        }
        updateNotice(context.connection().adapters());
        context.connection().adaptersProperty().addListener((obs, old, adapters) -> updateNotice(adapters));
    }

    // Properties

    public ResourceTableSpec spec() {
        return spec;
    }

    /** The resources: rows, filter, selection and the details of the selected one. */
    public ResourceListViewModel list() {
        return list;
    }

    /** The module's notice under the title for the current connection, "" for none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    private void updateNotice(ServiceAdapters adapters) {
        notice.set(
                adapters == null
                        ? ""
                        : adapters.registry()
                                .module(spec.service())
                                .notice(adapters.connection())
                                .orElse(""));
    }
}
