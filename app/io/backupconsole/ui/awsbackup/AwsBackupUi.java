package io.backupconsole.ui.awsbackup;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.ui.ServiceUi;
import io.backupconsole.ui.common.ServiceView;
import io.backupconsole.ui.common.ViewContext;
import io.backupconsole.ui.create.BackupDialogContext;
import io.backupconsole.ui.create.BulkBackupPlan;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** AWS Backup in the window: its tabs (protected resources, jobs, vaults), its create dialog and bulk plan. */
public final class AwsBackupUi implements ServiceUi {
    @Override
    public AwsService service() {
        return AwsService.BACKUP;
    }

    @Override
    public Ikon icon() {
        return Feather.ARCHIVE;
    }

    @Override
    public ServiceView view(ViewContext context) {
        return new AwsBackupView(new AwsBackupViewModel(context), context.clock());
    }

    @Override
    public CreateDialog createDialog(Resource resource, BackupDialogContext context) {
        var model = new AwsBackupDialogViewModel(resource, context);
        return new CreateDialog(model, new AwsBackupDialog(model).root());
    }

    @Override
    public BulkBackupPlan bulkPlan() {
        return new AwsBackupBulkPlan();
    }
}
