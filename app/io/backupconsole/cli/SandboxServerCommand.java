package io.backupconsole.cli;

import io.backupconsole.sandbox.Sandbox;
import io.backupconsole.sandbox.SandboxConfig;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * {@code --sandbox-server [--port N] [--time-scale X] [--failure-rate R]}: runs the sandbox alone, headless, until the
 * process is stopped, so any AWS client (the AWS CLI, boto3, another SDK) can use it with dummy credentials.
 */
public final class SandboxServerCommand {
    private SandboxServerCommand() {}

    public static int run(Options options, PrintStream out) throws InterruptedException {
        SandboxConfig config = SandboxConfig.interactive();
        if (options.timeScale() != null) {
            config = config.withTimeScale(options.timeScale());
        }
        if (options.failureRate() != null) {
            config = config.withBackupFailureRate(options.failureRate());
        }
        Sandbox sandbox = Sandbox.start(options.port() == null ? 4566 : options.port(), config);
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "sandbox-shutdown"));
        out.println("Sandbox listening on " + sandbox.endpoint());
        out.flush();
        new CountDownLatch(1).await();
        return 0;
    }
}
