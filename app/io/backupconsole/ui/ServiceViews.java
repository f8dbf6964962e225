package io.backupconsole.ui;

import io.backupconsole.domain.AwsService;
import io.backupconsole.ui.awsbackup.AwsBackupView;
import io.backupconsole.ui.awsbackup.AwsBackupViewModel;
import io.backupconsole.ui.common.ServiceView;
import io.backupconsole.ui.common.ViewContext;
import io.backupconsole.ui.fsx.FsxTable;
import io.backupconsole.ui.lightsail.LightsailTable;
import io.backupconsole.ui.opsworkscm.OpsWorksCmTable;
import io.backupconsole.ui.resources.ResourceTableSpec;
import io.backupconsole.ui.resources.ResourceTableView;
import io.backupconsole.ui.resources.ResourceTableViewModel;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which view shows each service. The shell calls the factory on first selection only, so no view is built before
 * the user opens it.
 */
public final class ServiceViews {
    private ServiceViews() {}

    public static Function<AwsService, Optional<ServiceView>> factory(ViewContext context) {
        return service -> switch (service) {
            case OPSWORKS_CM -> Optional.of(table(OpsWorksCmTable.spec(), context));
            case FSX -> Optional.of(table(FsxTable.spec(), context));
            case LIGHTSAIL -> Optional.of(table(LightsailTable.spec(), context));
            case BACKUP -> Optional.of(new AwsBackupView(new AwsBackupViewModel(context), context.clock()));
        };
    }

    private static ServiceView table(ResourceTableSpec spec, ViewContext context) {
        return new ResourceTableView(new ResourceTableViewModel(spec, context), context.clock());
    }
}
