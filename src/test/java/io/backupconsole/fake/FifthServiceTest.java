package io.backupconsole.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.fake.FakeModule;
import io.backupconsole.cli.BackupCommand;
import io.backupconsole.cli.CommandContext;
import io.backupconsole.cli.JobsCommand;
import io.backupconsole.cli.Options;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.Resource;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fifth service without the window: its adapter reaches its simulator over HTTP through the app's client
 * factory, and the command line backs it up and lists its job, knowing it only from the catalog passed in.
 */
class FifthServiceTest {
    @RegisterExtension
    static final FifthService fifth = new FifthService();

    @TempDir
    Path data;

    @Test
    void itsAdapterListsTheSimulatorsArchivesOverHttp() {
        long before = fifth.count("fake:DescribeFileSystems");

        List<Resource> archives = fifth.adapters().get(FakeModule.ADAPTER).listResources();

        assertEquals(
                List.of("ledger", "photos", "scratch"),
                archives.stream().map(Resource::name).toList());
        assertEquals(
                List.of(true, true, false),
                archives.stream().map(r -> r.eligibility().allowed()).toList());
        assertEquals(before + 1, fifth.count("fake:DescribeFileSystems"), "one call, answered by the fake simulator");
        assertEquals(0, fifth.count("fsx:DescribeFileSystems"), "FSx's simulator was not asked");
    }

    @Test
    void theCommandLineBacksItUpAndJobsFollowsItToTheEnd() throws Exception {
        String endpoint = fifth.sandbox().endpoint().toString();

        Run backup = run(
                "backup",
                "--endpoint-url",
                endpoint,
                "--service",
                "fake",
                "--resource",
                "arc-1002",
                "--label",
                "nightly");
        assertEquals(0, backup.exitCode, backup.toString());
        TrackedJob job = new JobJournal(data, Clock.systemUTC()).open().jobs().getFirst();
        assertEquals(FakeModule.SERVICE, job.service());
        assertEquals("nightly", job.request().name());
        assertEquals(1, fifth.count("fake:CreateBackup"));

        Run listed = run("jobs");
        assertEquals(0, listed.exitCode, listed.toString());
        assertTrue(
                listed.out.lines().anyMatch(line -> line.contains("fake") && line.contains("photos (arc-1002)")),
                listed.toString());

        fifth.sandbox().clock().advance(Duration.ofMinutes(30));
        Run watched = run("jobs", "--watch", "--timeout", "60s");
        assertEquals(0, watched.exitCode, watched.toString());
        assertEquals(
                JobOutcome.SUCCEEDED,
                new JobJournal(data, Clock.systemUTC())
                        .open()
                        .jobs()
                        .getFirst()
                        .progress()
                        .outcome());
    }

    @Test
    void itsFlagIsItsOwn() throws Exception {
        Run refused = run(
                "backup",
                "--endpoint-url",
                fifth.sandbox().endpoint().toString(),
                "--service",
                "fsx",
                "--resource",
                "fs-1",
                "--label",
                "x");

        assertEquals(2, refused.exitCode, refused.toString());
        assertTrue(refused.err.contains("--label: is a Fake Archive option; Amazon FSx has none."), refused.toString());
        String usage = Options.usage(FifthService.CATALOG.services());
        assertTrue(usage.contains("|lightsail|fake"), usage);
        assertTrue(usage.contains("--label LABEL"), usage);
    }

    private record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** The command in-process as {@code Main} runs it, with the fifth service's catalog instead of the standard one. */
    private Run run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandContext context = new CommandContext(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(),
                data,
                Clock.systemUTC(),
                false,
                Duration.ofMillis(50),
                CommandContext.Interrupts.NONE,
                fifth.factory());
        Options options = Options.parse(fifth.factory().services(), args);
        int code = options.command() == Options.Command.BACKUP
                ? new BackupCommand(context).run(options)
                : new JobsCommand(context).run(options);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
