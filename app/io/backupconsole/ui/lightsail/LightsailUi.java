package io.backupconsole.ui.lightsail;

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

/** Lightsail in the window: its databases' table, its create dialog and bulk plan. */
public final class LightsailUi implements ServiceUi {
    @Override
    public AwsService service() {
        return AwsService.LIGHTSAIL;
    }

    @Override
    public Ikon icon() {
        return Feather.DATABASE;
    }

    @Override
    public ServiceView view(ViewContext context) {
        return new ResourceTableView(new ResourceTableViewModel(LightsailTable.spec(), context), context.clock());
    }

    @Override
    public CreateDialog createDialog(Resource resource, BackupDialogContext context) {
        var model = new LightsailBackupDialogViewModel(resource, context);
        return new CreateDialog(model, new LightsailBackupDialog(model).root());
    }

    @Override
    public BulkBackupPlan bulkPlan() {
        return new LightsailBulkPlan();
    }
}
