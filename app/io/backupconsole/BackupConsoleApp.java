package io.backupconsole;

import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.StartupConnection;
import io.backupconsole.concurrent.BackgroundExecutor;
import io.backupconsole.sandbox.Sandbox;
import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.settings.Settings;
import io.backupconsole.settings.SettingsStore;
import io.backupconsole.storage.AppDirectories;
import io.backupconsole.ui.shell.Themes;
import io.backupconsole.ui.shell.WindowPlacement;
import io.backupconsole.ui.ServiceViews;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.common.ConnectionContext;
import io.backupconsole.ui.common.DialogService;
import io.backupconsole.ui.common.FxDialogService;
import io.backupconsole.ui.common.ScheduledTicker;
import io.backupconsole.ui.common.ViewContext;
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

    private SettingsStore settingsStore;
    private SettingsStore.Loaded loadedSettings;
    /** The settings as they are now; replaced on the FX thread, written on the background executor. */
    private Settings settings;
    private BackgroundExecutor background;
    private ScheduledTicker ticker;
    private ShellViewModel shell;
    private volatile Sandbox sandbox;

    static void launchWith(StartupConnection startupConnection) {
        startup = startupConnection;
        Application.launch(BackupConsoleApp.class);
    }

    /** Runs on the JavaFX launcher thread, before the FX thread starts: the one place settings are read. */
    @Override
    public void init() {
        settingsStore = new SettingsStore(AppDirectories.forCurrentUser().config(), Clock.systemUTC());
        loadedSettings = settingsStore.load();
        settings = loadedSettings.settings();
    }

    @Override
    public void start(Stage stage) {
        Themes.apply(settings.theme());
        background = new BackgroundExecutor();
        ticker = new ScheduledTicker(Platform::runLater);
        ConnectionContext connection = new ConnectionContext();
        Clock clock = Clock.systemDefaultZone();
        DialogService dialogs = new FxDialogService(() -> stage);
        ViewContext views = new ViewContext(connection, new Async(background.executor(), Platform::runLater), ticker,
                clock, dialogs, resource -> dialogs.inform("Back up " + resource.name(),
                        resource.name() + " can be backed up now. The create-backup dialog is not part of this "
                                + "version yet; use the AWS CLI or console meanwhile."));
        shell = new ShellViewModel(background.executor(), Platform::runLater, ServiceAdapters::connect, clock, connection);
        shell.themeProperty().set(settings.theme());
        shell.themeProperty().addListener((obs, old, theme) -> {
            Themes.apply(theme);
            settings = settings.withTheme(theme);
            save();
        });
        ShellView view = new ShellView(shell, ServiceViews.factory(views));
        stage.setTitle("Backup Console");
        stage.setScene(new Scene(view.root(), 1200, 760));
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        WindowPlacement.restore(stage, settings.window());
        stage.show();
        loadedSettings.notice().ifPresent(notice -> Platform.runLater(() -> dialogs.inform("Settings reset", notice)));
        connection.adaptersProperty().addListener((obs, old, adapters) -> remember(adapters.connection()));

        StartupConnection start = startup;
        if (start.usesBuiltInSandbox()) {
            // Without a region on the command line or in the environment, reopen the one used last time.
            String region = start.regionExplicit() ? start.region() : settings.region();
            CompletableFuture.supplyAsync(() -> Sandbox.start(0, SandboxConfig.interactive()), background.executor())
                    .thenAcceptAsync(started -> {
                        sandbox = started;
                        shell.connect(new Connection.Sandbox(started.endpoint(), region));
                    }, Platform::runLater);
        } else {
            shell.connect(start.connection());
        }
        stage.setOnCloseRequest(event -> {
            settings = settings.withWindow(WindowPlacement.capture(stage));
            save();
        });
    }

    private void remember(Connection connected) {
        String name = connected instanceof Connection.Profile profile ? profile.profileName() : Settings.SANDBOX;
        settings = settings.withConnection(name, connected.region());
        save();
    }

    private void save() {
        Settings snapshot = settings;
        background.executor().execute(() -> settingsStore.save(snapshot));
    }

    @Override
    public void stop() {
        shell.close();
        ticker.close();
        if (sandbox != null) {
            sandbox.close();
        }
        background.close();
    }
}
