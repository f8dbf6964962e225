package io.backupconsole.testsupport;

import atlantafx.base.theme.PrimerLight;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.tracking.BackupSubmitter;
import io.backupconsole.tracking.JobJournal;
import io.backupconsole.tracking.TrackedJob;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.common.ConnectionContext;
import io.backupconsole.ui.common.ScheduledTicker;
import io.backupconsole.ui.create.BackupDialog;
import io.backupconsole.ui.create.BackupDialogContext;
import io.backupconsole.ui.create.CreateDialogModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Shows a create-backup dialog in a TestFX stage the way the app does: background executor, FX-thread callbacks,
 * a real ticker, a journal in a temporary folder, the sandbox behind real SDK clients. Call {@link #show} from
 * {@code @Start} and {@link #close} after each test: it stops the ticks and waits for the test's background work
 * before closing the clients it uses.
 */
public final class FxDialogHarness {
    public final List<TrackedJob> started = new CopyOnWriteArrayList<>();
    private final ScheduledTicker ticker = new ScheduledTicker(Platform::runLater);
    private final TestBackground background = new TestBackground();
    private ServiceAdapters adapters;
    private BackupDialog dialog;

    /**
     * @param model builds the dialog's view model for the resource
     * @param form  builds the dialog's form for that view model
     */
    public <M extends CreateDialogModel> BackupDialog show(
            Stage stage,
            SandboxFixture sandbox,
            AwsService service,
            String resourceId,
            BiFunction<Resource, BackupDialogContext, M> model,
            Function<M, Parent> form) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        adapters = sandbox.connect("us-east-1");
        ConnectionContext connection = new ConnectionContext();
        connection.connected(adapters);
        JobJournal journal;
        try {
            journal = new JobJournal(Files.createTempDirectory("dialog-test"), Clock.systemUTC());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        journal.open();
        BackupDialogContext context = new BackupDialogContext(
                connection,
                new Async(background, Platform::runLater),
                new BackupSubmitter(journal, Clock.systemUTC()),
                journal,
                ticker,
                Clock.systemUTC());
        Resource resource = adapters.get(service).findResource(resourceId).orElseThrow();
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        M viewModel = model.apply(resource, context);
        dialog = new BackupDialog(viewModel, form.apply(viewModel), stage, started::add);
        dialog.show();
        return dialog;
    }

    public BackupDialog dialog() {
        return dialog;
    }

    public ServiceAdapters adapters() {
        return adapters;
    }

    public void close() {
        ticker.close();
        background.awaitIdle();
        if (adapters != null) {
            adapters.close();
        }
    }
}
