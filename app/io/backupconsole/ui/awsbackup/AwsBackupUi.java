package io.backupconsole.ui.awsbackup;

import io.backupconsole.domain.AwsService;
import io.backupconsole.ui.DeclaredServiceUi;
import org.kordamp.ikonli.feather.Feather;

/** AWS Backup in the window: its tabs (protected resources, jobs, vaults), its create dialog and bulk plan. */
public final class AwsBackupUi extends DeclaredServiceUi {
    public AwsBackupUi() {
        super(
                AwsService.BACKUP,
                Feather.ARCHIVE,
                context -> new AwsBackupView(new AwsBackupViewModel(context), context.clock()),
                AwsBackupBulkPlan::new,
                AwsBackupDialogViewModel::new,
                AwsBackupDialog::new);
    }
}
