package io.backupconsole.ui.fsx;

import io.backupconsole.ui.DeclaredServiceUi;
import org.kordamp.ikonli.feather.Feather;

/** FSx in the window: its file systems' table, its create dialog and bulk plan. */
public final class FsxUi extends DeclaredServiceUi {
    public FsxUi() {
        super(
                Feather.HARD_DRIVE,
                FsxTable.spec(),
                FsxBulkPlan::new,
                FsxBackupDialogViewModel::new,
                FsxBackupDialog::new);
    }
}
