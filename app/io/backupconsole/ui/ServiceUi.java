package io.backupconsole.ui;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.ui.common.ServiceView;
import io.backupconsole.ui.common.ViewContext;
import io.backupconsole.ui.create.BackupDialogContext;
import io.backupconsole.ui.create.BulkBackupPlan;
import io.backupconsole.ui.create.CreateDialogModel;
import javafx.scene.Parent;
import org.kordamp.ikonli.Ikon;

/**
 * The window's side of one service (its core side is its {@code aws} module): what the shell asks of a service,
 * declared in the service's own {@code ui/<service>/} folder and registered next to its module. FX thread only.
 */
public interface ServiceUi {

    AwsService service();

    /** The service's icon, the same wherever the service is shown. */
    Ikon icon();

    /** The service's page; built on first selection only. */
    ServiceView view(ViewContext context);

    /** The create-backup dialog for one resource, preset with it. */
    CreateDialog createDialog(Resource resource, BackupDialogContext context);

    /** How the bulk dialog backs up several of the service's resources at once. */
    BulkBackupPlan bulkPlan();

    /** A create dialog's view model and its form. */
    record CreateDialog(CreateDialogModel model, Parent form) {}
}
