package io.backupconsole;

import io.backupconsole.aws.AwsRegions;
import io.backupconsole.aws.AwsRegions.AwsRegion;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.profiles.ProfileFiles;
import io.backupconsole.aws.profiles.ProfileListing;
import io.backupconsole.aws.profiles.ProfileReader;
import io.backupconsole.concurrent.BackgroundExecutor;
import io.backupconsole.sandbox.Sandbox;
import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.settings.SettingsKeeper;
import io.backupconsole.settings.SettingsStore;
import io.backupconsole.storage.AppDirectories;
import io.backupconsole.storage.ResourceCache;
import io.backupconsole.aws.StartupConnection;
import io.backupconsole.tracking.BackupSubmitter;
import io.backupconsole.tracking.ConnectionPool;
import io.backupconsole.tracking.JobTracker;
import io.backupconsole.tracking.PollCadence;
import io.backupconsole.tracking.TrackedJob;
import io.backupconsole.tracking.TrackerLoop;
import java.util.SplittableRandom;
import io.backupconsole.tracking.JobJournal;
import io.backupconsole.ui.BackupDialogs;
import io.backupconsole.ui.ServiceViews;
import io.backupconsole.ui.activity.ActivityViewModel;
import io.backupconsole.ui.activity.ActivityWindow;
import io.backupconsole.ui.activity.JobEndNotifier;
import io.backupconsole.ui.create.BackupDialogContext;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.common.ConnectionContext;
import io.backupconsole.ui.common.DialogService;
import io.backupconsole.ui.common.FxDialogService;
import io.backupconsole.ui.common.ScheduledTicker;
import io.backupconsole.ui.common.ViewContext;
import io.backupconsole.ui.shell.BuildInfo;
import io.backupconsole.ui.shell.ConnectionBarViewModel;
import io.backupconsole.ui.shell.ConnectionTargets;
import io.backupconsole.ui.shell.MainWindow;
import io.backupconsole.ui.shell.ShellModels;
import io.backupconsole.ui.shell.ShellView;
import io.backupconsole.ui.shell.ShellViewModel;
import io.backupconsole.ui.shell.StatusBarViewModel;
import io.backupconsole.ui.shell.ThemeViewModel;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application and the composition root: every object is wired here, by hand, in one place.
 * Settings and build info are read in {@link #init()} (the launcher thread, before any window); the window is
 * shown next; profiles, the sandbox, the SDK clients and the first listing load on the background executor.
 */
public final class BackupConsoleApp extends Application {
    private static final long SETTINGS_SAVE_WAIT_MILLIS = 2000;
    private static volatile StartupConnection startup;
    private static volatile boolean exitAfterFirstFrame;

    private SettingsStore store;
    private SettingsStore.Loaded loadedSettings;
    private BuildInfo build;
    private JobJournal journal;
    private JobJournal.Opened journalOpened;
    private ConnectionPool pool;
    private TrackerLoop trackerLoop;
    private ShellView shellView;
    private BackgroundExecutor background;
    private SettingsKeeper settings;
    private ScheduledTicker ticker;
    private ShellViewModel shell;
    private BuiltInSandbox sandbox;

    static void launchWith(StartupConnection startupConnection, boolean exitWhenDataShown) {
        startup = startupConnection;
        exitAfterFirstFrame = exitWhenDataShown;
        Application.launch(BackupConsoleApp.class);
    }

    @Override
    public void init() {
        // The launcher thread: file reads here never hold up the FX thread.
        Clock clock = Clock.systemDefaultZone();
        store = new SettingsStore(AppDirectories.forCurrentUser().config(), clock);
        loadedSettings = store.load();
        build = BuildInfo.load();
        journal = new JobJournal(AppDirectories.forCurrentUser().data(), clock);
        journalOpened = journal.open();
    }

    @Override
    public void start(Stage stage) {
        background = new BackgroundExecutor();
        Executor work = background.executor();
        Async async = new Async(work, Platform::runLater);
        Clock clock = Clock.systemDefaultZone();
        ticker = new ScheduledTicker(Platform::runLater);
        settings = new SettingsKeeper(store, work, loadedSettings.settings());
        sandbox = new BuiltInSandbox(work);
        ConnectionContext connection = new ConnectionContext();
        DialogService dialogs = new FxDialogService(() -> stage);
        StatusBarViewModel status = new StatusBarViewModel();
        loadedSettings.notice().ifPresent(status::showNotice);
        journalOpened.notice().ifPresent(status::showNotice);
        journal.onNotice(message -> Platform.runLater(() -> status.showNotice(message)));
        BackupSubmitter submitter = new BackupSubmitter(journal, clock);
        pool = new ConnectionPool(() -> sandbox.sandboxEndpoint().join());
        JobTracker tracker = new JobTracker(journal, pool, submitter, clock, new PollCadence(new SplittableRandom()));
        status.jobsChanged(tracker.jobs(), List.of());
        ActivityViewModel activity = new ActivityViewModel(tracker, submitter, pool, async, clock,
                job -> showService(stage, job));
        activity.onJobEnded(JobEndNotifier::notify);
        ActivityWindow activityWindow = new ActivityWindow(activity, clock, ticker);
        status.setActivityOpener(activityWindow::show);
        // One hop to the FX thread per poll cycle, for the status bar and the activity window together.
        tracker.addListener(changed -> {
            List<TrackedJob> all = tracker.jobs();
            Platform.runLater(() -> {
                status.jobsChanged(all, changed);
                activity.jobsChanged(changed);
            });
        });
        trackerLoop = new TrackerLoop(tracker, work);
        BackupDialogContext backupDialogs = new BackupDialogContext(connection, async, submitter, journal, ticker, clock);
        ViewContext views = new ViewContext(connection, async, ticker, clock, dialogs,
                new BackupDialogs(backupDialogs, () -> stage, job -> {
                    tracker.started(job);
                    // After the dialog has closed, or the main window comes back in front of the activity window.
                    Platform.runLater(activityWindow::show);
                }), new ResourceCache(AppDirectories.forCurrentUser().data().resolve("last-known"), clock));

        shell = new ShellViewModel(work, Platform::runLater, ServiceAdapters::connect, clock, connection);
        ConnectionBarViewModel connectionBar = new ConnectionBarViewModel(async, sandbox, settings, shell::connect,
                status::showNotice);
        ShellModels models = new ShellModels(shell, connectionBar, status, new ThemeViewModel(settings), build);
        shellView = MainWindow.show(stage, models, settings, ServiceViews.factory(views));
        if (exitAfterFirstFrame) {
            FirstFrameExit.arm(stage, shell.statusTextProperty());
        }
        connectionBar.start(startup);
    }

    /** The activity window's "Open resource": the job's service in the navigation, the main window in front. */
    /** "Open resource": the job's service in the navigation, its resource selected, the main window in front. */
    private void showService(Stage stage, TrackedJob job) {
        if (shellView != null) {
            shellView.reveal(job.service(), job.resourceId());
        }
        stage.toFront();
    }

    @Override
    public void stop() {
        trackerLoop.close();
        pool.close();
        shell.close();
        ticker.close();
        settings.awaitSaves(SETTINGS_SAVE_WAIT_MILLIS);
        sandbox.close();
        background.close();
    }

    /**
     * The app's connection targets: the user's AWS files, the commercial regions, and the in-process sandbox,
     * started on first use on the background executor and reused for every later switch back to it.
     */
    private static final class BuiltInSandbox implements ConnectionTargets {
        private final Executor work;
        private CompletableFuture<Sandbox> started;

        BuiltInSandbox(Executor work) {
            this.work = work;
        }

        @Override
        public ProfileListing profiles() {
            return ProfileReader.read(ProfileFiles.forCurrentUser());
        }

        @Override
        public List<AwsRegion> regions() {
            return AwsRegions.commercial();
        }

        @Override
        public synchronized CompletableFuture<URI> sandboxEndpoint() {
            if (started == null) {
                started = CompletableFuture.supplyAsync(() -> Sandbox.start(0, SandboxConfig.interactive()), work);
            }
            return started.thenApply(Sandbox::endpoint);
        }

        synchronized void close() {
            if (started != null) {
                started.thenAccept(Sandbox::close);
            }
        }
    }
}
