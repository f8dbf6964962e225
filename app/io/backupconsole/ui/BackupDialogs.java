package io.backupconsole.ui;

import io.backupconsole.domain.Resource;
import io.backupconsole.tracking.TrackedJob;
import io.backupconsole.ui.common.BackUpAction;
import io.backupconsole.ui.create.BackupDialog;
import io.backupconsole.ui.create.BackupDialogContext;
import io.backupconsole.ui.create.BulkBackupDialog;
import io.backupconsole.ui.create.BulkBackupDialogViewModel;
import io.backupconsole.ui.create.BulkBackupPlan;
import io.backupconsole.ui.create.CreateDialogModel;
import io.backupconsole.ui.plans.AddToPlanDialog;
import io.backupconsole.ui.plans.AddToPlanViewModel;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.stage.Window;

/**
 * The "Back up…" actions of every view: each service's window part ({@link ServiceUi}) says which dialog it opens.
 * FX thread only.
 */
public final class BackupDialogs implements BackUpAction {
    private final ServiceUis uis;
    private final BackupDialogContext context;
    private final Supplier<Window> owner;
    private final Consumer<TrackedJob> onStarted;

    /**
     * @param uis       each service's window part, which knows its dialogs
     * @param onStarted told of every backup the service accepted (the status bar and, later, the activity window)
     */
    public BackupDialogs(
            ServiceUis uis, BackupDialogContext context, Supplier<Window> owner, Consumer<TrackedJob> onStarted) {
        this.uis = uis;
        this.context = context;
        this.owner = owner;
        this.onStarted = onStarted;
    }

    /** Opens the dialog of the resource's service for {@code resource}, preset with it. */
    @Override
    public void open(Resource resource, Runnable whenStarted) {
        ServiceUi.CreateDialog dialog = uis.of(resource.service()).createDialog(resource, context);
        show(dialog.model(), dialog.form(), whenStarted);
    }

    /** Opens the bulk dialog for several resources of one service. */
    @Override
    public void openBulk(List<Resource> resources, Runnable whenStarted) {
        BulkBackupPlan plan = uis.of(resources.getFirst().service()).bulkPlan();
        var model = new BulkBackupDialogViewModel(resources, plan, context);
        show(model, new BulkBackupDialog(model).root(), whenStarted);
    }

    /** Opens "Add to a backup plan…" for a resource AWS Backup can protect. */
    @Override
    public void openPlan(Resource resource) {
        new AddToPlanDialog(new AddToPlanViewModel(resource, context.connection(), context.async())).show(owner.get());
    }

    private void show(CreateDialogModel model, Parent form, Runnable whenStarted) {
        new BackupDialog(model, form, owner.get(), job -> {
                    onStarted.accept(job);
                    whenStarted.run();
                })
                .show();
    }
}
