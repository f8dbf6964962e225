package io.backupconsole.cli;

import io.backupconsole.aws.ClientFactory;
import io.backupconsole.aws.ServiceRegistry;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What a headless command reads and writes besides the network, and how it reaches the network, passed in so that
 * tests run the commands in-process against a temporary folder, captured streams and their own client factory, never
 * the user's data folder, the real console or anything global.
 *
 * @param out         results (job ids, the job table)
 * @param err         errors, warnings and the progress bar
 * @param environment the process environment (AWS_PROFILE, AWS_REGION, AWS_ENDPOINT_URL…)
 * @param dataFolder  where the job journal lives (the app's data folder in real use)
 * @param clock       the time stamped on jobs and shown as elapsed
 * @param terminal    whether err is a terminal: a redrawn progress bar, else one line per state change
 * @param tick        how long the polling loops sleep between cycles (the tracker decides what is due)
 * @param interrupts  registers what to say if the user presses Ctrl-C while a job is followed
 * @param clients     builds the SDK clients (the proxy and CA bundle of the environment, the user's profiles); the
 *                    caller closes it
 */
public record CommandContext(
        PrintStream out,
        PrintStream err,
        Map<String, String> environment,
        Path dataFolder,
        Clock clock,
        boolean terminal,
        Duration tick,
        Interrupts interrupts,
        ClientFactory clients) {

    public CommandContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(dataFolder, "dataFolder");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(tick, "tick");
        Objects.requireNonNull(interrupts, "interrupts");
        Objects.requireNonNull(clients, "clients");
    }

    /** The services of the app, the client factory's: their flags, request building and checks, adapters. */
    public ServiceRegistry services() {
        return clients.services();
    }

    /**
     * Ctrl-C ends the JVM (exit code 130) after running shutdown hooks; the journal is written atomically, so a job
     * interrupted while followed stays journalled and only needs telling the user where it went.
     */
    @FunctionalInterface
    public interface Interrupts {
        /** Runs {@code notice} if the process is interrupted before the returned handle is closed. */
        Registration onInterrupt(Runnable notice);

        /** For tests: nothing is registered. */
        Interrupts NONE = notice -> () -> {};

        /** A JVM shutdown hook, removed again once the job is no longer followed. */
        Interrupts SHUTDOWN_HOOK = notice -> {
            Thread hook = new Thread(notice, "interrupt-notice");
            Runtime.getRuntime().addShutdownHook(hook);
            return () -> {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // The hook is running or has run: nothing to remove.
                }
            };
        };
    }

    /** Undoes an {@link Interrupts#onInterrupt} registration. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
