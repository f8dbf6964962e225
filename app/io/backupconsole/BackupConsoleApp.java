package io.backupconsole;

import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.StartupConnection;
import io.backupconsole.concurrent.BackgroundExecutor;
import io.backupconsole.sandbox.Sandbox;
import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.ui.shell.ShellView;
import io.backupconsole.ui.shell.ShellViewModel;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The JavaFX application and the composition root: every object is wired here, by hand, in one place.
 * The window is shown first; the sandbox, the SDK clients and the first listing load on the background executor.
 */
public final class BackupConsoleApp extends Application {
    private static volatile StartupConnection startup;

    private BackgroundExecutor background;
    private ShellViewModel shell;
    private volatile Sandbox sandbox;

    static void launchWith(StartupConnection startupConnection) {
        startup = startupConnection;
        Application.launch(BackupConsoleApp.class);
    }

    @Override
    public void start(Stage stage) {
        background = new BackgroundExecutor();
        shell = new ShellViewModel(background.executor(), Platform::runLater, ServiceAdapters::connect,
                Clock.systemDefaultZone(), new io.backupconsole.ui.common.ConnectionContext());
        ShellView view = new ShellView(shell);
        stage.setTitle("Backup Console");
        stage.setScene(new Scene(view.root(), 1100, 700));
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.show();

        StartupConnection start = startup;
        if (start.usesBuiltInSandbox()) {
            CompletableFuture.supplyAsync(() -> Sandbox.start(0, SandboxConfig.interactive()), background.executor())
                    .thenAcceptAsync(started -> {
                        sandbox = started;
                        shell.connect(new Connection.Sandbox(started.endpoint(), start.region()));
                    }, Platform::runLater);
        } else {
            shell.connect(start.connection());
        }
    }

    @Override
    public void stop() {
        shell.close();
        if (sandbox != null) {
            sandbox.close();
        }
        background.close();
    }
}
