package io.backupconsole;

import io.backupconsole.aws.StartupConnection;
import io.backupconsole.cli.BackupCommand;
import io.backupconsole.cli.CommandContext;
import io.backupconsole.cli.JobsCommand;
import io.backupconsole.cli.Options;
import io.backupconsole.cli.SandboxServerCommand;
import io.backupconsole.storage.AppDirectories;
import java.io.Console;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Entry point. A plain class (not a JavaFX Application) so the app starts from the class path with JavaFX as
 * ordinary jars. Parses the command line, then runs a headless command or opens the window.
 */
public final class Main {
    /** How often the headless commands redraw and ask the tracker for due polls. */
    private static final Duration TICK = Duration.ofMillis(250);

    private Main() {
    }

    /** Exit code for a command line that cannot be understood. */
    static final int EXIT_USAGE = 2;

    /** A command line understood, and the connection it names. */
    record Startup(Options options, StartupConnection connection) {
    }

    public static void main(String[] args) throws Exception {
        Optional<Startup> parsed = parse(args, System.getenv(), System.err);
        if (parsed.isEmpty()) {
            System.exit(EXIT_USAGE);
            return;
        }
        Options options = parsed.get().options();
        StartupConnection startup = parsed.get().connection();
        if (options.help()) {
            System.out.print(Options.USAGE);
            return;
        }
        switch (options.command()) {
            case SANDBOX_SERVER -> System.exit(SandboxServerCommand.run(options, System.out));
            case BACKUP -> System.exit(new BackupCommand(headless()).run(options));
            case JOBS -> System.exit(new JobsCommand(headless()).run(options));
            case WINDOW -> BackupConsoleApp.launchWith(startup, options.exitAfterFirstFrame());
        }
    }

    /**
     * Parses the command line and the AWS environment before anything starts (no window, no sandbox, no call). On a
     * mistake prints one {@code error:} line naming it, then the usage, to {@code err}, and returns empty.
     */
    static Optional<Startup> parse(String[] args, Map<String, String> environment, PrintStream err) {
        try {
            Options options = Options.parse(args);
            return Optional.of(new Startup(options, StartupConnection.resolve(Optional.ofNullable(options.profile()),
                    Optional.ofNullable(options.region()), Optional.ofNullable(options.endpointUrl()), environment)));
        } catch (Options.UsageException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage().lines().findFirst().orElse(""));
            err.print(Options.USAGE);
            return Optional.empty();
        }
    }

    private static CommandContext headless() {
        // Since JDK 22 System.console() exists even when redirected; isTerminal() tells whether it is a terminal.
        Console console = System.console();
        boolean terminal = console != null && console.isTerminal();
        return new CommandContext(System.out, System.err, System.getenv(), AppDirectories.forCurrentUser().data(),
                Clock.systemDefaultZone(), terminal, TICK, CommandContext.Interrupts.SHUTDOWN_HOOK);
    }
}
