package io.backupconsole.ui.lightsail;

import io.backupconsole.domain.AwsService;
import io.backupconsole.ui.common.ViewContext;
import io.backupconsole.ui.resources.ResourceBrowser;
import io.backupconsole.ui.resources.ResourceListViewModel;

/** Lightsail databases: the shared resource table and details for LIGHTSAIL. FX thread only. */
public final class LightsailViewModel {
    private final ResourceListViewModel databases;

    public LightsailViewModel(ViewContext context) {
        this.databases = ResourceBrowser.create(AwsService.LIGHTSAIL, context);
    }

    // Properties

    public ResourceListViewModel databases() {
        return databases;
    }
}
