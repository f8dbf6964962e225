package io.backupconsole.ui;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.ui.common.ServiceView;
import io.backupconsole.ui.common.ViewContext;
import io.backupconsole.ui.create.BackupDialogContext;
import io.backupconsole.ui.create.BulkBackupPlan;
import io.backupconsole.ui.create.CreateDialogModel;
import io.backupconsole.ui.resources.ResourceTableSpec;
import io.backupconsole.ui.resources.ResourceTableView;
import io.backupconsole.ui.resources.ResourceTableViewModel;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Parent;
import org.kordamp.ikonli.Ikon;

/**
 * A service's window part made of its declared pieces: a service's {@code XxxUi} only names its icon, its page, its
 * create dialog (view model and form) and its bulk plan, in one constructor call. FX thread only.
 */
public class DeclaredServiceUi implements ServiceUi {
    /** A create dialog's form bound to its view model. */
    public interface Form {
        Parent root();
    }

    private final AwsService service;
    private final Ikon icon;
    private final Function<ViewContext, ServiceView> view;
    private final BiFunction<Resource, BackupDialogContext, CreateDialog> dialog;
    /** A new plan per dialog: a plan may keep what it learnt while its dialog was open. */
    private final Supplier<BulkBackupPlan> bulkPlan;

    /** A service shown in one resource table ({@link ResourceTableView}) driven by {@code table}. */
    protected <M extends CreateDialogModel> DeclaredServiceUi(
            Ikon icon,
            ResourceTableSpec table,
            Supplier<BulkBackupPlan> bulkPlan,
            BiFunction<Resource, BackupDialogContext, M> model,
            Function<M, Form> form) {
        this(table.service(), icon, context -> tableView(table, context), bulkPlan, model, form);
    }

    /** A service with a page of its own ({@code view}). */
    protected <M extends CreateDialogModel> DeclaredServiceUi(
            AwsService service,
            Ikon icon,
            Function<ViewContext, ServiceView> view,
            Supplier<BulkBackupPlan> bulkPlan,
            BiFunction<Resource, BackupDialogContext, M> model,
            Function<M, Form> form) {
        this.service = service;
        this.icon = icon;
        this.view = view;
        this.bulkPlan = bulkPlan;
        this.dialog = (resource, context) -> {
            M created = model.apply(resource, context);
            return new CreateDialog(created, form.apply(created).root());
        };
    }

    private static ServiceView tableView(ResourceTableSpec table, ViewContext context) {
        return new ResourceTableView(new ResourceTableViewModel(table, context), context.clock());
    }

    @Override
    public final AwsService service() {
        return service;
    }

    @Override
    public final Ikon icon() {
        return icon;
    }

    @Override
    public final ServiceView view(ViewContext context) {
        return view.apply(context);
    }

    @Override
    public final CreateDialog createDialog(Resource resource, BackupDialogContext context) {
        return dialog.apply(resource, context);
    }

    @Override
    public final BulkBackupPlan bulkPlan() {
        return bulkPlan.get();
    }
}
