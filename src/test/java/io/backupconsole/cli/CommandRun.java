package io.backupconsole.cli;

import io.backupconsole.aws.ClientFactory;
import io.backupconsole.testsupport.MovableClock;
import io.backupconsole.testsupport.StandardServices;
import io.backupconsole.testsupport.TestClients;
import io.backupconsole.tracking.JobJournal;
import io.backupconsole.tracking.TrackedJob;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;

/**
 * Runs a headless command in-process as {@code Main} would, with the journal in a test folder, an empty
 * environment (so no AWS_* variable of the machine leaks in), captured streams, a short tick and a client factory of
 * its own (the test home's profiles, no proxy), closed when the command ends.
 */
final class CommandRun {
    final int exitCode;
    final String out;
    final String err;

    private CommandRun(int exitCode, String out, String err) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    static CommandRun run(Path data, String... args) throws Exception {
        return run(data, Clock.systemUTC(), args);
    }

    /** As {@link #run(Path, String...)}, on a clock the test moves (the tracker's schedules and the timeout). */
    static CommandRun run(Path data, Clock clock, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ClientFactory clients = TestClients.factory()) {
            CommandContext context = new CommandContext(
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8),
                    Map.of(),
                    data,
                    clock,
                    false,
                    Duration.ofMillis(50),
                    CommandContext.Interrupts.NONE,
                    clients);
            Options options = Options.parse(StandardServices.registry(), args);
            int code = switch (options.command()) {
                case BACKUP -> new BackupCommand(context).run(options);
                case JOBS -> new JobsCommand(context).run(options);
                default -> throw new IllegalArgumentException("not a headless command: " + List.of(args));
            };
            return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /**
     * Waits for a command running on another thread to end, moving its clock by {@code step} between looks: the
     * command's timeouts and the tracker's minutes pass on the test's clock, not the wall clock.
     */
    static CommandRun awaitMovingClock(Future<CommandRun> run, MovableClock clock, Duration step) throws Exception {
        Awaitility.await()
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    clock.advance(step);
                    return run.isDone();
                });
        return run.get();
    }

    /** The first {@code error:} line on stderr, or "" when there is none. */
    String firstError() {
        return err.lines()
                .filter(line -> line.startsWith("error: "))
                .findFirst()
                .orElse("");
    }

    /** The journal as another process would read it now. */
    static List<TrackedJob> journal(Path data) {
        return new JobJournal(data, Clock.systemUTC()).open().jobs();
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
