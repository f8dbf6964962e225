package io.backupconsole;

import io.backupconsole.aws.AwsRegions;
import io.backupconsole.aws.AwsRegions.AwsRegion;
import io.backupconsole.aws.ClientFactory;
import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.ServiceRegistry;
import io.backupconsole.aws.StartupConnection;
import io.backupconsole.aws.credentials.ProfileCredentials;
import io.backupconsole.aws.http.HttpSettingsSource;
import io.backupconsole.aws.overview.OverviewLoader;
import io.backupconsole.aws.profiles.ProfileFiles;
import io.backupconsole.aws.profiles.ProfileListing;
import io.backupconsole.aws.profiles.ProfileReader;
import io.backupconsole.concurrent.BackgroundExecutor;
import io.backupconsole.diagnostics.StartupTrace;
import io.backupconsole.logging.AppLog;
import io.backupconsole.sandbox.Sandbox;
import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.settings.SettingsKeeper;
import io.backupconsole.settings.SettingsStore;
import io.backupconsole.storage.AppDirectories;
import io.backupconsole.storage.ResourceCache;
import io.backupconsole.storage.UserHome;
import io.backupconsole.tracking.BackupSubmitter;
import io.backupconsole.tracking.ConnectionPool;
import io.backupconsole.tracking.JobJournal;
import io.backupconsole.tracking.JobTracker;
import io.backupconsole.tracking.PollCadence;
import io.backupconsole.tracking.TrackedJob;
import io.backupconsole.tracking.TrackerLoop;
import io.backupconsole.ui.BackupDialogs;
import io.backupconsole.ui.ServiceUis;
import io.backupconsole.ui.activity.ActivityViewModel;
import io.backupconsole.ui.activity.ActivityWindow;
import io.backupconsole.ui.activity.JobEndNotifier;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.common.ConnectionContext;
import io.backupconsole.ui.common.DialogService;
import io.backupconsole.ui.common.FxDialogService;
import io.backupconsole.ui.common.IconFont;
import io.backupconsole.ui.common.ScheduledTicker;
import io.backupconsole.ui.common.ViewContext;
import io.backupconsole.ui.crash.CrashViewModel;
import io.backupconsole.ui.crash.UncaughtErrors;
import io.backupconsole.ui.create.BackupDialogContext;
import io.backupconsole.ui.overview.OverviewViewModel;
import io.backupconsole.ui.overview.OverviewWindow;
import io.backupconsole.ui.shell.BuildInfo;
import io.backupconsole.ui.shell.ConnectionBarViewModel;
import io.backupconsole.ui.shell.ConnectionTargets;
import io.backupconsole.ui.shell.MainWindow;
import io.backupconsole.ui.shell.ProxyViewModel;
import io.backupconsole.ui.shell.ShellModels;
import io.backupconsole.ui.shell.ShellView;
import io.backupconsole.ui.shell.ShellViewModel;
import io.backupconsole.ui.shell.StatusBarViewModel;
import io.backupconsole.ui.shell.ThemeViewModel;
import io.backupconsole.ui.signin.MfaCodeDialog;
import io.backupconsole.ui.signin.SignInDialog;
import io.backupconsole.ui.signin.SignInViewModel;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The JavaFX application and the composition root: every object is wired here, by hand, in one place.
 * Settings and build info are read in {@link #init()} (the launcher thread, before any window); the window is
 * shown next; profiles, the sandbox, the SDK clients and the first listing load on the background executor.
 */
public final class BackupConsoleApp extends Application {
    private static final long SETTINGS_SAVE_WAIT_MILLIS = 2000;
    private static volatile StartupConnection startup;
    private static volatile boolean exitAfterFirstFrame;
    private static volatile HeadStart headStart;

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
    private ClientFactory clients;

    static void launchWith(ServiceCatalog services, StartupConnection startupConnection, boolean exitWhenDataShown) {
        GdkGlProbe.skipWhenRenderingInSoftware(); // first: before any thread of ours and before GTK opens the display
        startup = startupConnection;
        exitAfterFirstFrame = exitWhenDataShown;
        IconFont.preloadInBackground();
        headStart = HeadStart.begin(
                services,
                new SettingsStore(AppDirectories.forCurrentUser().config(), Clock.systemDefaultZone()),
                startupConnection,
                System.getenv(),
                UserHome.current(),
                new MfaCodeDialog(BackupConsoleApp::activeWindow));
        Application.launch(BackupConsoleApp.class);
    }

    /**
     * The window an MFA code dialog belongs to: the focused one (the main window or the overview), else the first
     * showing. FX thread (the dialog asks for it there).
     */
    private static Window activeWindow() {
        List<Window> showing =
                Window.getWindows().stream().filter(Window::isShowing).toList();
        return showing.stream().filter(Window::isFocused).findFirst().orElse(showing.isEmpty() ? null : showing.get(0));
    }

    @Override
    public void init() {
        StartupTrace.mark("init");
        // The launcher thread: file reads here never hold up the FX thread.
        Clock clock = Clock.systemDefaultZone();
        store = new SettingsStore(AppDirectories.forCurrentUser().config(), clock);
        loadedSettings = headStart.settings();
        build = BuildInfo.load();
        StartupTrace.mark("settings read");
        journal = new JobJournal(AppDirectories.forCurrentUser().data(), clock);
        journalOpened = journal.open();
        StartupTrace.mark("journal opened");
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("start");
        // First, so nothing below can fail unseen: uncaught errors on any thread get logged and one dialog.
        new UncaughtErrors(
                        new CrashViewModel(Clock.systemDefaultZone(), build.version(), AppLog.file()),
                        Platform::runLater,
                        () -> stage,
                        uri -> getHostServices().showDocument(uri))
                .install();
        background = new BackgroundExecutor();
        Executor work = background.executor();
        Async async = new Async(work, Platform::runLater);
        Clock clock = Clock.systemDefaultZone();
        ticker = new ScheduledTicker(Platform::runLater);
        settings = new SettingsKeeper(store, work, loadedSettings.settings());
        Map<String, String> environment = System.getenv();
        HttpSettingsSource http = headStart.httpSettings();
        // The app's one client factory (built by the head start), for the window, the tracker and the overview alike:
        // SSO sign-ins and MFA sessions are shared, and File ▸ Network proxy changes the HTTP settings of all of them.
        clients = headStart.clients();
        ProfileCredentials credentials = clients.credentials();
        sandbox = new BuiltInSandbox(work, headStart, credentials.files());
        ConnectionContext connection = new ConnectionContext();
        DialogService dialogs = new FxDialogService(() -> stage);
        StatusBarViewModel status = new StatusBarViewModel();
        loadedSettings.notice().ifPresent(status::showNotice);
        journalOpened.notice().ifPresent(status::showNotice);
        // A save that failed (disk full, read-only folder) is said in the status bar; the files keep their last good
        // copy.
        journal.addProblemListener(problem -> Platform.runLater(() -> status.showNotice(problem)));
        settings.addProblemListener(problem -> Platform.runLater(() -> status.showNotice(problem)));
        http.whenResolved()
                .thenAccept(
                        resolved -> Platform.runLater(() -> resolved.problems().forEach(status::showNotice)));
        journal.onNotice(message -> Platform.runLater(() -> status.showNotice(message)));
        BackupSubmitter submitter = new BackupSubmitter(journal, clock);
        // The factory's services: the same registry for the window, the tracker and the overview.
        ServiceRegistry services = clients.services();
        ServiceUis uis = headStart.catalog().uis();
        Function<Connection, ServiceAdapters> connect = clients::connect;
        pool = new ConnectionPool(services, () -> sandbox.sandboxEndpoint().join(), connect);
        JobTracker tracker = new JobTracker(journal, pool, submitter, clock, new PollCadence(new SplittableRandom()));
        status.jobsChanged(tracker.jobs(), List.of(), Set.of());
        ActivityViewModel activity =
                new ActivityViewModel(services, tracker, submitter, pool, async, clock, job -> showService(stage, job));
        activity.onJobEnded(JobEndNotifier::notify);
        ActivityWindow activityWindow = new ActivityWindow(activity, clock, ticker);
        status.setActivityOpener(activityWindow::show);
        // One hop to the FX thread per poll cycle, for the status bar and the activity window together.
        tracker.addListener(changed -> {
            List<TrackedJob> all = tracker.jobs();
            // Taken here, with the jobs: the verdicts of the same cycle.
            Set<String> unreachable = tracker.unreachableJobIds();
            Platform.runLater(() -> {
                status.jobsChanged(all, changed, unreachable);
                activity.jobsChanged(changed);
            });
        });
        trackerLoop = new TrackerLoop(tracker, work);
        BackupDialogContext backupDialogs =
                new BackupDialogContext(connection, async, submitter, journal, ticker, clock);
        ViewContext views = new ViewContext(
                connection,
                async,
                ticker,
                clock,
                dialogs,
                new BackupDialogs(uis, backupDialogs, () -> stage, job -> {
                    tracker.started(job);
                    // After the dialog has closed, or the main window comes back in front of the activity window.
                    Platform.runLater(activityWindow::show);
                }),
                new ResourceCache(AppDirectories.forCurrentUser().data().resolve("last-known"), clock));

        StartupTrace.mark("models wired");
        // Clients the head start built for this very connection are taken over; any other is built here.
        shell = new ShellViewModel(
                services,
                uis::icon,
                work,
                Platform::runLater,
                c -> headStart.take(c).orElseGet(() -> connect.apply(c)),
                clock,
                connection);
        ConnectionBarViewModel connectionBar =
                new ConnectionBarViewModel(async, sandbox, settings, shell::connect, status::showNotice);
        connectionBar.useSignIn(
                credentials::signInNeeded,
                profile -> SignInDialog.show(
                        stage,
                        new SignInViewModel(async, credentials, getHostServices()::showDocument, signedIn -> {
                            // The tracker's clients of this profile are rebuilt too, on their next poll.
                            work.execute(() -> pool.forget("profile:" + signedIn));
                            connectionBar.signedIn(signedIn);
                        }),
                        profile));
        credentials.addSignInListener(profile -> Platform.runLater(() -> connectionBar.signInNeeded(profile)));
        ShellModels models = new ShellModels(shell, connectionBar, status, new ThemeViewModel(settings), build);
        // Before the window is built: profiles, regions and the first connection load in the background while this
        // thread builds and shows the shell. Their results come back through Platform.runLater, so only after
        // start() has returned, when every binding below is in place.
        connectionBar.start(startup);
        shellView = MainWindow.show(stage, models, settings, uis.views(views));
        StartupTrace.mark("window shown");
        OverviewViewModel overview = new OverviewViewModel(
                async,
                new OverviewLoader(connect, clock),
                () -> sandbox.sandboxEndpoint().join());
        OverviewWindow overviewWindow = new OverviewWindow(overview, clock);
        shellView.setOverviewOpener(() -> {
            overview.offer(
                    connectionBar.choices(),
                    connectionBar.regions(),
                    connectionBar.selectedChoiceProperty().get(),
                    connectionBar.selectedRegionProperty().get());
            overviewWindow.show();
        });
        shellView.setProxyModel(new ProxyViewModel(settings, environment, http, saved -> {
            http.use(saved);
            Platform.runLater(() -> {
                saved.problems().forEach(status::showNotice);
                // Clients keep the HTTP settings they were built with: connect again so the new proxy applies now.
                if (connection.adapters() != null) {
                    shell.connect(connection.adapters().connection());
                }
            });
        }));
        // A sandbox start left the proxy and CA bundle unresolved (see HeadStart): resolve them once the start-up's
        // work is done, so a bad AWS_CA_BUNDLE is reported without the first switch to AWS having to wait for it.
        CompletableFuture.runAsync(http::current, CompletableFuture.delayedExecutor(3, TimeUnit.SECONDS, work));
        if (exitAfterFirstFrame) {
            FirstFrameExit.arm(stage, shell.dataShownProperty());
        }
        StartupTrace.mark("start returned");
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
        headStart.close();
        clients.close();
        background.close();
    }

    /**
     * The app's connection targets: the user's AWS files, the commercial regions, and the in-process sandbox,
     * started on first use on the background executor and reused for every later switch back to it.
     */
    private static final class BuiltInSandbox implements ConnectionTargets {
        private final Executor work;
        private final HeadStart headStart;
        private final ProfileFiles profileFiles;
        private CompletableFuture<Sandbox> started;

        /** @param profileFiles the AWS files, resolved once at start: the same ones the credentials are read from */
        BuiltInSandbox(Executor work, HeadStart headStart, ProfileFiles profileFiles) {
            this.work = work;
            this.headStart = headStart;
            this.profileFiles = profileFiles;
        }

        @Override
        public ProfileListing profiles() {
            return ProfileReader.read(profileFiles);
        }

        @Override
        public List<AwsRegion> regions() {
            return AwsRegions.commercial();
        }

        @Override
        public synchronized CompletableFuture<URI> sandboxEndpoint() {
            if (started == null) {
                // The one the head start began, if it guessed the sandbox; else started now.
                started = headStart
                        .sandbox()
                        .thenApplyAsync(
                                early -> early.orElseGet(() -> Sandbox.start(0, SandboxConfig.interactive())), work);
                started.thenRun(() -> StartupTrace.mark("sandbox started"));
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
