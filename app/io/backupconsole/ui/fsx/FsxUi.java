package io.backupconsole.ui.fsx;

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

/** FSx in the window: its file systems' table, its create dialog and bulk plan. */
public final class FsxUi implements ServiceUi {
    @Override
    public AwsService service() {
        return AwsService.FSX;
    }

    @Override
    public Ikon icon() {
        return Feather.HARD_DRIVE;
    }

    @Override
    public ServiceView view(ViewContext context) {
        return new ResourceTableView(new ResourceTableViewModel(FsxTable.spec(), context), context.clock());
    }

    @Override
    public CreateDialog createDialog(Resource resource, BackupDialogContext context) {
        var model = new FsxBackupDialogViewModel(resource, context);
        return new CreateDialog(model, new FsxBackupDialog(model).root());
    }

    @Override
    public BulkBackupPlan bulkPlan() {
        return new FsxBulkPlan();
    }
}
