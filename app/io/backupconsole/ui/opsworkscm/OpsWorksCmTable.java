package io.backupconsole.ui.opsworkscm;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.ui.resources.ResourceColumn;
import io.backupconsole.ui.resources.ResourceTableSpec;

/**
 * OpsWorks CM servers; the page shows the module's notice that AWS retired the service, worded for the
 * connection.
 */
public final class OpsWorksCmTable {
    private OpsWorksCmTable() {}

    /** Five columns, which fit beside the details pane and share the table's width. */
    public static ResourceTableSpec spec() {
        return ResourceTableSpec.of(
                        AwsService.OPSWORKS_CM,
                        "OpsWorks CM servers",
                        "servers",
                        "Filter servers: name, engine, state, endpoint…",
                        ResourceColumn.text("Server", Resource::name).width(120, 0),
                        ResourceColumn.text("Engine", Resource::type).width(150, 0),
                        ResourceColumn.state("Status").width(140, 120),
                        ResourceColumn.backUp("Back up").width(220, 0),
                        ResourceColumn.created("Created").width(90, 0))
                .fittingColumns();
    }
}
