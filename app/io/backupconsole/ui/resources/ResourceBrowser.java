package io.backupconsole.ui.resources;

import io.backupconsole.domain.AwsService;
import io.backupconsole.ui.common.ViewContext;

/** Builds the list and details view models of one service's resource table. */
public final class ResourceBrowser {
    private ResourceBrowser() {}

    public static ResourceListViewModel create(AwsService service, ViewContext context) {
        ResourceDetailsViewModel details = new ResourceDetailsViewModel(
                service, context.connection(), context.async(), context.dialogs(), context.backUpAction());
        return new ResourceListViewModel(
                service,
                context.connection(),
                context.async(),
                context.ticker(),
                context.clock(),
                details,
                context.lastKnown());
    }
}
