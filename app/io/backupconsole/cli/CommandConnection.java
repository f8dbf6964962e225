package io.backupconsole.cli;

import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.StartupConnection;
import io.backupconsole.sandbox.Sandbox;
import io.backupconsole.sandbox.SandboxConfig;
import java.io.PrintStream;
import java.util.Optional;

/**
 * The connection a headless command uses, decided as the app decides it ({@link StartupConnection}: the command line,
 * then AWS_PROFILE, AWS_REGION and AWS_ENDPOINT_URL[_SERVICE]) except that the window's remembered choice is not
 * used: a script must not change target because someone clicked another profile in the window. With nothing
 * given, a sandbox is started in this process, with a warning: it and its backups vanish when the command exits.
 */
final class CommandConnection implements AutoCloseable {
    static final String EPHEMERAL_WARNING = "warning: no AWS profile or endpoint is configured (--profile, "
            + "--endpoint-url, AWS_PROFILE, AWS_ENDPOINT_URL), so a built-in sandbox runs inside this command; it "
            + "and its backups vanish when the command exits. For a lasting one run `backup-console "
            + "--sandbox-server` and pass --endpoint-url http://127.0.0.1:4566.";

    private final ServiceAdapters adapters;
    private final Sandbox ownSandbox;

    private CommandConnection(ServiceAdapters adapters, Sandbox ownSandbox) {
        this.adapters = adapters;
        this.ownSandbox = ownSandbox;
    }

    /** @throws IllegalArgumentException for a malformed endpoint URL (a usage error) */
    static CommandConnection open(Options options, CommandContext context) {
        StartupConnection startup = StartupConnection.resolve(
                context.services(),
                Optional.ofNullable(options.profile()),
                Optional.ofNullable(options.region()),
                Optional.ofNullable(options.endpointUrl()),
                context.environment());
        if (!startup.usesBuiltInSandbox()) {
            return new CommandConnection(context.clients().connect(startup.connection()), null);
        }
        warn(context.err());
        Sandbox sandbox = Sandbox.start(0, SandboxConfig.interactive());
        try {
            return new CommandConnection(
                    context.clients().connect(new Connection.Sandbox(sandbox.endpoint(), startup.region())), sandbox);
        } catch (RuntimeException e) {
            sandbox.close();
            throw e;
        }
    }

    private static void warn(PrintStream err) {
        err.println(EPHEMERAL_WARNING);
    }

    ServiceAdapters adapters() {
        return adapters;
    }

    /** The key journalled with the job ({@link Connection#key()}). */
    String key() {
        return adapters.connection().key();
    }

    String region() {
        return adapters.connection().region();
    }

    @Override
    public void close() {
        adapters.close();
        if (ownSandbox != null) {
            ownSandbox.close();
        }
    }
}
