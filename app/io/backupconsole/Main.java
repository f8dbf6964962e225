package io.backupconsole;

import io.backupconsole.aws.StartupConnection;
import io.backupconsole.cli.Options;
import io.backupconsole.cli.SandboxServerCommand;
import java.util.Optional;

/**
 * Entry point. A plain class (not a JavaFX Application) so the app starts from the class path with JavaFX as
 * ordinary jars. Parses the command line, then runs the headless sandbox or opens the window.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        StartupConnection startup;
        try {
            options = Options.parse(args);
            startup = StartupConnection.resolve(Optional.ofNullable(options.profile()),
                    Optional.ofNullable(options.region()), Optional.ofNullable(options.endpointUrl()), System.getenv());
        } catch (Options.UsageException | IllegalArgumentException e) {
            System.err.println("backup-console: " + e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(Options.USAGE);
            return;
        }
        if (options.sandboxServer()) {
            System.exit(SandboxServerCommand.run(options, System.out));
        }
        BackupConsoleApp.launchWith(startup, options.exitAfterFirstFrame());
    }
}
