package io.backupconsole;

import io.backupconsole.cli.Options;
import io.backupconsole.cli.SandboxServerCommand;

/**
 * Entry point. A plain class (not a JavaFX Application) so the app starts from the class path with JavaFX as
 * ordinary jars. Parses the command line, then runs the headless sandbox or opens the window.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
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
        BackupConsoleApp.launchWith(options);
    }
}
