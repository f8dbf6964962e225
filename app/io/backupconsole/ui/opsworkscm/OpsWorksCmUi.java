package io.backupconsole.ui.opsworkscm;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.ui.ServiceUi;
import io.backupconsole.ui.common.ServiceView;
import io.backupconsole.ui.common.ViewContext;
import io.backupconsole.ui.create.BackupDialogContext;
import io.backupconsole.ui.create.BulkBackupPlan;
import io.backupconsole.ui.resources.ResourceTableView;
import io.backupconsole.ui.resources.ResourceTableViewModel;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** OpsWorks CM in the window: its servers' table, its create dialog and bulk plan. */
public final class OpsWorksCmUi implements ServiceUi {
    @Override
    public AwsService service() {
        return AwsService.OPSWORKS_CM;
    }

    @Override
    public Ikon icon() {
        return Feather.SERVER;
    }

    @Override
    public ServiceView view(ViewContext context) {
        return new ResourceTableView(new ResourceTableViewModel(OpsWorksCmTable.spec(), context), context.clock());
    }

    @Override
    public CreateDialog createDialog(Resource resource, BackupDialogContext context) {
        var model = new OpsWorksCmBackupDialogViewModel(resource, context);
        return new CreateDialog(model, new OpsWorksCmBackupDialog(model).root());
    }

    @Override
    public BulkBackupPlan bulkPlan() {
        return new OpsWorksCmBulkPlan();
    }
}
