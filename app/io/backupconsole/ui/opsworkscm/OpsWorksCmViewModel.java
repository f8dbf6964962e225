package io.backupconsole.ui.opsworkscm;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.ServiceNotices;
import io.backupconsole.ui.common.ViewContext;
import io.backupconsole.ui.resources.ResourceBrowser;
import io.backupconsole.ui.resources.ResourceListViewModel;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * OpsWorks CM servers: the shared resource table plus the notice that AWS retired the service, worded for the
 * connection (against real AWS every call fails; the sandbox simulates it). FX thread only.
 */
public final class OpsWorksCmViewModel {
    private final ResourceListViewModel servers;
    private final ReadOnlyStringWrapper retiredNotice = new ReadOnlyStringWrapper();

    public OpsWorksCmViewModel(ViewContext context) {
        this.servers = ResourceBrowser.create(AwsService.OPSWORKS_CM, context);
        updateNotice(context.connection().adapters());
        context.connection().adaptersProperty().addListener((obs, old, adapters) -> updateNotice(adapters));
    }

    // Properties

    public ResourceListViewModel servers() {
        return servers;
    }

    public ReadOnlyStringProperty retiredNoticeProperty() {
        return retiredNotice.getReadOnlyProperty();
    }

    private void updateNotice(ServiceAdapters adapters) {
        retiredNotice.set(ServiceNotices.opsWorksCmRetired(
                adapters != null && adapters.connection().reachesAws(AwsService.OPSWORKS_CM)));
    }
}
