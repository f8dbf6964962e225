package io.backupconsole.ui.opsworkscm;

import io.backupconsole.ui.DeclaredServiceUi;
import org.kordamp.ikonli.feather.Feather;

/** OpsWorks CM in the window: its servers' table, its create dialog and bulk plan. */
public final class OpsWorksCmUi extends DeclaredServiceUi {
    public OpsWorksCmUi() {
        super(
                Feather.SERVER,
                OpsWorksCmTable.spec(),
                OpsWorksCmBulkPlan::new,
                OpsWorksCmBackupDialogViewModel::new,
                OpsWorksCmBackupDialog::new);
    }
}
