package io.backupconsole.ui;

import io.backupconsole.domain.Resource;
import io.backupconsole.tracking.TrackedJob;
import io.backupconsole.ui.awsbackup.AwsBackupBulkPlan;
import io.backupconsole.ui.awsbackup.AwsBackupDialog;
import io.backupconsole.ui.awsbackup.AwsBackupDialogViewModel;
import io.backupconsole.ui.common.BackUpAction;
import io.backupconsole.ui.create.BackupDialog;
import io.backupconsole.ui.create.BackupDialogContext;
import io.backupconsole.ui.create.BulkBackupDialog;
import io.backupconsole.ui.create.BulkBackupDialogViewModel;
import io.backupconsole.ui.create.BulkBackupPlan;
import io.backupconsole.ui.create.CreateDialogModel;
import io.backupconsole.ui.fsx.FsxBackupDialog;
import io.backupconsole.ui.fsx.FsxBackupDialogViewModel;
import io.backupconsole.ui.fsx.FsxBulkPlan;
import io.backupconsole.ui.lightsail.LightsailBackupDialog;
import io.backupconsole.ui.lightsail.LightsailBackupDialogViewModel;
import io.backupconsole.ui.lightsail.LightsailBulkPlan;
import io.backupconsole.ui.opsworkscm.OpsWorksCmBackupDialog;
import io.backupconsole.ui.opsworkscm.OpsWorksCmBackupDialogViewModel;
import io.backupconsole.ui.opsworkscm.OpsWorksCmBulkPlan;
import io.backupconsole.ui.plans.AddToPlanDialog;
import io.backupconsole.ui.plans.AddToPlanViewModel;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.stage.Window;

/**
 * Which create-backup dialog each service opens: the "Back up…" action of every view. FX thread only.
 */
public final class BackupDialogs implements BackUpAction {
    private final BackupDialogContext context;
    private final Supplier<Window> owner;
    private final Consumer<TrackedJob> onStarted;

    /**
     * @param onStarted told of every backup the service accepted (the status bar and, later, the activity window)
     */
    public BackupDialogs(BackupDialogContext context, Supplier<Window> owner, Consumer<TrackedJob> onStarted) {
        this.context = context;
        this.owner = owner;
        this.onStarted = onStarted;
    }

    /** Opens the dialog for {@code resource}, preset with it. */
    @Override
    public void open(Resource resource, Runnable whenStarted) {
        switch (resource.service()) {
            case OPSWORKS_CM -> {
                var model = new OpsWorksCmBackupDialogViewModel(resource, context);
                show(model, new OpsWorksCmBackupDialog(model).root(), whenStarted);
            }
            case FSX -> {
                var model = new FsxBackupDialogViewModel(resource, context);
                show(model, new FsxBackupDialog(model).root(), whenStarted);
            }
            case LIGHTSAIL -> {
                var model = new LightsailBackupDialogViewModel(resource, context);
                show(model, new LightsailBackupDialog(model).root(), whenStarted);
            }
            case BACKUP -> {
                var model = new AwsBackupDialogViewModel(resource, context);
                show(model, new AwsBackupDialog(model).root(), whenStarted);
            }
        }
    }

    /** Opens the bulk dialog for several resources of one service. */
    @Override
    public void openBulk(List<Resource> resources, Runnable whenStarted) {
        BulkBackupPlan plan = switch (resources.get(0).service()) {
            case OPSWORKS_CM -> new OpsWorksCmBulkPlan();
            case FSX -> new FsxBulkPlan();
            case LIGHTSAIL -> new LightsailBulkPlan();
            case BACKUP -> new AwsBackupBulkPlan();
        };
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
