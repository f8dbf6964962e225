package io.backupconsole.ui.lightsail;

import io.backupconsole.ui.DeclaredServiceUi;
import org.kordamp.ikonli.feather.Feather;

/** Lightsail in the window: its databases' table, its create dialog and bulk plan. */
public final class LightsailUi extends DeclaredServiceUi {
    public LightsailUi() {
        super(
                Feather.DATABASE,
                LightsailTable.spec(),
                LightsailBulkPlan::new,
                LightsailBackupDialogViewModel::new,
                LightsailBackupDialog::new);
    }
}
