package io.backupconsole.ui;

import io.backupconsole.domain.AwsService;
import io.backupconsole.ui.awsbackup.AwsBackupView;
import io.backupconsole.ui.awsbackup.AwsBackupViewModel;
import io.backupconsole.ui.common.ServiceView;
import io.backupconsole.ui.common.ViewContext;
import io.backupconsole.ui.fsx.FsxView;
import io.backupconsole.ui.fsx.FsxViewModel;
import io.backupconsole.ui.lightsail.LightsailView;
import io.backupconsole.ui.lightsail.LightsailViewModel;
import io.backupconsole.ui.opsworkscm.OpsWorksCmView;
import io.backupconsole.ui.opsworkscm.OpsWorksCmViewModel;
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
            case OPSWORKS_CM -> Optional.of(new OpsWorksCmView(new OpsWorksCmViewModel(context), context.clock()));
            case FSX -> Optional.of(new FsxView(new FsxViewModel(context), context.clock()));
            case LIGHTSAIL -> Optional.of(new LightsailView(new LightsailViewModel(context), context.clock()));
            case BACKUP -> Optional.of(new AwsBackupView(new AwsBackupViewModel(context), context.clock()));
        };
    }
}
