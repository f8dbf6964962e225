package io.backupconsole;

import io.backupconsole.aws.ClientFactory;
import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.StartupConnection;
import io.backupconsole.aws.credentials.MfaCodePrompt;
import io.backupconsole.aws.http.HttpSettings;
import io.backupconsole.aws.http.HttpSettingsSource;
import io.backupconsole.diagnostics.StartupTrace;
import io.backupconsole.domain.AwsService;
import io.backupconsole.sandbox.Sandbox;
import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.settings.Settings;
import io.backupconsole.settings.SettingsStore;
import io.backupconsole.storage.UserHome;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Work that a start on the built-in sandbox will need, begun on its own thread as soon as {@code main} has parsed
 * the command line, so it overlaps the JavaFX toolkit's start and the window's construction instead of following
 * them: reading the settings, starting the sandbox, building the SDK clients, and one listing per service (which
 * loads and links the SDK's request pipeline and the sandbox's handlers, the bulk of the first call's time; the
 * window's counts and first view reuse its answers for a few seconds, see ServiceAdapters#listResources).
 *
 * <p>It only guesses: the sandbox is started only when neither the command line nor the remembered settings name
 * another connection, and the clients are handed over only to a connection equal to the one they were built for.
 * A guess nobody takes is closed. Only sandbox starts are warmed with calls, so no AWS account ever sees an extra
 * request.
 *
 * <p>It also builds the app's one {@link #clients() client factory} and its {@link #httpSettings() HTTP settings},
 * which the window takes over: the proxy and CA bundle ({@link HttpSettings}) are resolved at once only for a start
 * that connects to AWS; a sandbox start needs neither (an {@code AWS_CA_BUNDLE} of the system's CAs is a second of
 * CPU), so they are resolved on first use, or when the app asks 3 s after its window shows. One factory per process,
 * because the profile-file workaround it owns swaps process-wide properties (see {@code aws.ClientFactory}).
 * Thread-safe.
 */
final class HeadStart {
    private final CompletableFuture<SettingsStore.Loaded> settings = new CompletableFuture<>();
    private final CompletableFuture<Optional<Sandbox>> sandbox = new CompletableFuture<>();
    private final AtomicReference<ServiceAdapters> adapters = new AtomicReference<>();
    private final CompletableFuture<Void> warmed = new CompletableFuture<>();
    private final HttpSettingsSource http;
    private final ServiceCatalog catalog;
    private final ClientFactory clients;

    private HeadStart(ServiceCatalog catalog, Map<String, String> environment, UserHome home, MfaCodePrompt mfa) {
        this.catalog = catalog;
        // Blocks on the settings file only if asked before the head-start thread has read it (a background thread).
        this.http = HttpSettingsSource.resolvedOnFirstUse(() ->
                HttpSettings.resolve(environment, settings.join().settings().proxy()));
        this.clients = ClientFactory.forUser(catalog.services(), http, home, environment, mfa);
    }

    /**
     * @param catalog     the app's services: the factory builds their clients, the head start lists each one, the
     *                    window takes their window parts
     * @param environment the process environment (proxy variables, {@code AWS_CA_BUNDLE}, the AWS file variables)
     * @param home        the user's home folder
     * @param mfa         asks for an MFA code (the window's dialog, once it shows): the factory's profiles use it
     */
    static HeadStart begin(
            ServiceCatalog catalog,
            SettingsStore store,
            StartupConnection startup,
            Map<String, String> environment,
            UserHome home,
            MfaCodePrompt mfa) {
        HeadStart head = new HeadStart(catalog, environment, home, mfa);
        Thread thread = new Thread(() -> head.run(store, startup), "head-start");
        thread.setDaemon(true);
        thread.start();
        return head;
    }

    private void run(SettingsStore store, StartupConnection startup) {
        SettingsStore.Loaded loaded = store.load();
        settings.complete(loaded);
        if (!startsOnSandbox(startup, loaded.settings())) {
            // The first connection goes to AWS, through the proxy and CA bundle: resolve them now, on a thread of
            // their own (an AWS_CA_BUNDLE of the system's ~150 CAs takes a second to parse).
            Thread http = new Thread(this.http::current, "head-start-http");
            http.setDaemon(true);
            http.start();
            sandbox.complete(Optional.empty());
            warmed.complete(null);
            return;
        }
        Sandbox running;
        try {
            running = Sandbox.start(0, SandboxConfig.interactive());
        } catch (RuntimeException e) {
            sandbox.completeExceptionally(e);
            warmed.complete(null);
            return;
        }
        sandbox.complete(Optional.of(running));
        StartupTrace.mark("head start: sandbox started");
        try {
            String region = startup.regionExplicit()
                    ? startup.region()
                    : loaded.settings().region();
            ServiceAdapters built = clients.connect(new Connection.Sandbox(running.endpoint(), region));
            adapters.set(built);
            StartupTrace.mark("head start: clients built");
            for (AwsService service : built.services()) {
                built.offerFreshListing(service, built.get(service).listing());
            }
            StartupTrace.mark("head start: first calls made");
        } catch (RuntimeException e) {
            // Only a warm-up: the app connects and lists again, and reports what goes wrong then.
        } finally {
            warmed.complete(null);
        }
    }

    /** The app's services, which the window takes over with the client factory. */
    ServiceCatalog catalog() {
        return catalog;
    }

    /**
     * The app's one client factory: the head start's clients come from it, and the window builds every other client
     * with it. The caller that takes it over closes it ({@link #close()} does not).
     */
    ClientFactory clients() {
        return clients;
    }

    /**
     * The proxy and CA settings of every client the app builds: unresolved until first used after a sandbox start,
     * resolved at once for a start on AWS.
     */
    HttpSettingsSource httpSettings() {
        return http;
    }

    /** The settings file, read on the head-start thread. Blocks until read; never fails (see SettingsStore). */
    SettingsStore.Loaded settings() {
        return settings.join();
    }

    /** The sandbox, if the head start started one (and it started): the app's built-in sandbox from then on. */
    CompletableFuture<Optional<Sandbox>> sandbox() {
        return sandbox.exceptionally(failure -> Optional.empty());
    }

    /**
     * The clients built ahead for exactly this connection, at most once. Blocking: call where the clients would
     * be built (background executor). Waits for the warm-up calls first, so the app's own first calls never race
     * them for the same class initialisation.
     */
    Optional<ServiceAdapters> take(Connection connection) {
        warmed.exceptionally(failure -> null).join();
        ServiceAdapters ready = adapters.get();
        if (ready != null && ready.connection().equals(connection) && adapters.compareAndSet(ready, null)) {
            return Optional.of(ready);
        }
        return Optional.empty();
    }

    /** Closes clients built for a connection the app did not open (the client factory stays open: see clients()). */
    void close() {
        ServiceAdapters unused = adapters.getAndSet(null);
        if (unused != null) {
            unused.close();
        }
    }

    private static boolean startsOnSandbox(StartupConnection startup, Settings remembered) {
        return startup.usesBuiltInSandbox() && Settings.SANDBOX.equals(remembered.connection());
    }
}
