package io.backupconsole;

import io.backupconsole.aws.ClientFactory;
import io.backupconsole.aws.ServiceRegistry;
import io.backupconsole.aws.StartupConnection;
import io.backupconsole.aws.credentials.MfaCodePrompt;
import io.backupconsole.aws.http.HttpSettings;
import io.backupconsole.aws.http.HttpSettingsSource;
import io.backupconsole.cli.BackupCommand;
import io.backupconsole.cli.CommandContext;
import io.backupconsole.cli.JobsCommand;
import io.backupconsole.cli.Options;
import io.backupconsole.cli.SandboxServerCommand;
import io.backupconsole.diagnostics.StartupTrace;
import io.backupconsole.domain.FailureText;
import io.backupconsole.logging.AppLog;
import io.backupconsole.storage.AppDirectories;
import io.backupconsole.storage.UserHome;
import io.backupconsole.ui.shell.BuildInfo;
import java.io.Console;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point. A plain class (not a JavaFX Application) so the app starts from the class path with JavaFX as
 * ordinary jars. Parses the command line, then runs a headless command or opens the window.
 */
public final class Main {
    /** How often the headless commands redraw and ask the tracker for due polls. */
    private static final Duration TICK = Duration.ofMillis(250);

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {}

    /** Exit code for a command line that cannot be understood. */
    static final int EXIT_USAGE = 2;

    /** A command line understood, and the connection it names. */
    record Startup(Options options, StartupConnection connection) {}

    public static void main(String[] args) throws Exception {
        StartupTrace.mainEntered();
        ServiceCatalog catalog = ServiceCatalog.standard();
        ServiceRegistry services = catalog.services();
        Optional<Startup> parsed = parse(services, args, System.getenv(), System.err);
        if (parsed.isEmpty()) {
            System.exit(EXIT_USAGE);
            return;
        }
        Options options = parsed.get().options();
        StartupConnection startup = parsed.get().connection();
        if (options.help()) {
            System.out.print(Options.usage(services));
            return;
        }
        logStart(options.command(), startup);
        switch (options.command()) {
            case SANDBOX_SERVER -> System.exit(SandboxServerCommand.run(options, System.out));
            case BACKUP, JOBS -> System.exit(runHeadless(services, options));
            case WINDOW -> BackupConsoleApp.launchWith(catalog, startup, options.exitAfterFirstFrame());
        }
    }

    /** What support asks first. Names the profile or endpoint, never a credential. */
    private static void logStart(Options.Command command, StartupConnection startup) {
        String connection = command == Options.Command.SANDBOX_SERVER
                ? "none (serving the sandbox)"
                : startup.usesBuiltInSandbox()
                        ? "built-in sandbox"
                        : startup.connection().label() + " ("
                                + startup.connection().key() + ")";
        LOG.info(
                "Backup Console {} starting ({}): Java {} ({}), {} {} {}, connection {}, region {}",
                BuildInfo.load().version(),
                command.name().toLowerCase(Locale.ROOT),
                System.getProperty("java.version"),
                System.getProperty("java.vendor"),
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                System.getProperty("os.arch"),
                connection,
                startup.region());
    }

    /**
     * Parses the command line and the AWS environment before anything starts (no window, no sandbox, no call). On a
     * mistake prints one {@code error:} line naming it, then the usage, to {@code err}, and returns empty.
     */
    static Optional<Startup> parse(
            ServiceRegistry services, String[] args, Map<String, String> environment, PrintStream err) {
        try {
            Options options = Options.parse(services, args);
            return Optional.of(new Startup(
                    options,
                    StartupConnection.resolve(
                            services,
                            Optional.ofNullable(options.profile()),
                            Optional.ofNullable(options.region()),
                            Optional.ofNullable(options.endpointUrl()),
                            environment)));
        } catch (Options.UsageException | IllegalArgumentException e) {
            err.println("error: " + FailureText.of(e));
            err.print(Options.usage(services));
            return Optional.empty();
        }
    }

    /**
     * Runs {@code backup} or {@code jobs}. The commands word every failure they expect as one {@code error:} line;
     * anything else still ends as one line (and exit 1), its stack trace in the log only.
     */
    private static int runHeadless(ServiceRegistry services, Options options) throws InterruptedException {
        Map<String, String> environment = System.getenv();
        // The headless commands have no settings file of their own to read: the environment's proxy and CA bundle.
        HttpSettings http = HttpSettings.resolve(environment, null);
        http.problems().forEach(problem -> System.err.println("backup-console: " + problem));
        // The composition root of the commands: one client factory (no window, so no MFA prompt), passed in.
        try (ClientFactory clients = ClientFactory.forUser(
                services, HttpSettingsSource.of(http), UserHome.current(), environment, MfaCodePrompt.NONE)) {
            CommandContext context = headless(environment, clients);
            try {
                return options.command() == Options.Command.BACKUP
                        ? new BackupCommand(context).run(options)
                        : new JobsCommand(context).run(options);
            } catch (RuntimeException unexpected) {
                LOG.error("The {} command failed", options.command().name().toLowerCase(Locale.ROOT), unexpected);
                context.err()
                        .println("error: " + FailureText.of(unexpected) + " (details in the log: " + AppLog.file()
                                + ")");
                return 1;
            }
        }
    }

    private static CommandContext headless(Map<String, String> environment, ClientFactory clients) {
        // Since JDK 22 System.console() exists even when redirected; isTerminal() tells whether it is a terminal.
        Console console = System.console();
        boolean terminal = console != null && console.isTerminal();
        return new CommandContext(
                System.out,
                System.err,
                environment,
                AppDirectories.forCurrentUser().data(),
                Clock.systemDefaultZone(),
                terminal,
                TICK,
                CommandContext.Interrupts.SHUTDOWN_HOOK,
                clients);
    }
}
