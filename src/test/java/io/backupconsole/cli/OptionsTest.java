package io.backupconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.ServiceRegistry;
import io.backupconsole.aws.fsx.FsxModule;
import io.backupconsole.aws.lightsail.LightsailModule;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.testsupport.StandardServices;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void sandboxServerOptionsAreParsed() throws Exception {
        Options options = Options.parse(
                StandardServices.registry(), new String[] {"--sandbox-server", "--port", "4566", "--time-scale", "60"});
        assertTrue(options.sandboxServer());
        assertEquals(4566, options.port());
        assertEquals(60.0, options.timeScale());
    }

    @Test
    void noArgumentsOpensTheWindow() throws Exception {
        Options options = Options.parse(StandardServices.registry(), new String[0]);
        assertFalse(options.sandboxServer());
        assertFalse(options.help());
        assertFalse(options.exitAfterFirstFrame());
    }

    @Test
    void exitAfterFirstFrameIsAcceptedButNotAdvertised() throws Exception {
        Options options = Options.parse(
                StandardServices.registry(), new String[] {"--exit-after-first-frame", "--region", "eu-west-1"});
        assertTrue(options.exitAfterFirstFrame());
        assertEquals("eu-west-1", options.region());
        assertFalse(Options.usage(StandardServices.registry()).contains("--exit-after-first-frame"));
    }

    @Test
    void mistakesAreNamed() {
        assertEquals(
                "Unknown option: --prot",
                assertThrows(
                                Options.UsageException.class,
                                () -> Options.parse(StandardServices.registry(), new String[] {"--prot", "1"}))
                        .getMessage());
        assertEquals(
                "--port needs a value",
                assertThrows(
                                Options.UsageException.class,
                                () -> Options.parse(StandardServices.registry(), new String[] {"--port"}))
                        .getMessage());
        assertTrue(assertThrows(
                        Options.UsageException.class,
                        () -> Options.parse(StandardServices.registry(), new String[] {"--port", "70000"}))
                .getMessage()
                .contains("between 0 and 65535"));
        assertTrue(assertThrows(
                        Options.UsageException.class,
                        () -> Options.parse(StandardServices.registry(), new String[] {"--time-scale", "-1"}))
                .getMessage()
                .contains("positive"));
        assertTrue(assertThrows(
                        Options.UsageException.class,
                        () -> Options.parse(StandardServices.registry(), new String[] {"--failure-rate", "1.5"}))
                .getMessage()
                .contains("between 0 and 1"));
    }

    @Test
    void backupOptionsAreParsedAfterTheCommand() throws Exception {
        Options options = Options.parse(StandardServices.registry(), new String[] {
            "backup",
            "--service",
            "fsx",
            "--resource",
            "fs-0123456789abcdef0",
            "--tag",
            "team=storage",
            "--tag",
            "expr=a=b",
            "--tag",
            "empty=",
            "--wait",
            "--region",
            "eu-west-1"
        });
        assertEquals(Options.Command.BACKUP, options.command());
        assertEquals(AwsService.FSX, options.backup().service());
        assertEquals(
                List.of(new Tag("team", "storage"), new Tag("expr", "a=b"), new Tag("empty", "")),
                options.backup().tags());
        assertTrue(options.backup().await());
        assertEquals("eu-west-1", options.region());
    }

    @Test
    void jobsOptionsBelongToJobs() throws Exception {
        Options options = Options.parse(StandardServices.registry(), new String[] {"jobs", "--watch", "--all"});
        assertEquals(Options.Command.JOBS, options.command());
        assertTrue(options.watch() && options.all());
        assertEquals(
                "--watch is an option of the jobs command",
                assertThrows(
                                Options.UsageException.class,
                                () -> Options.parse(StandardServices.registry(), new String[] {"--watch"}))
                        .getMessage());
        assertEquals(
                "Unknown option: --wait",
                assertThrows(
                                Options.UsageException.class,
                                () -> Options.parse(StandardServices.registry(), new String[] {"jobs", "--wait"}))
                        .getMessage());
    }

    @Test
    void jobsWatchTimeoutTakesSecondsMinutesOrHours() throws Exception {
        assertEquals(
                Duration.ofSeconds(90),
                Options.parse(StandardServices.registry(), new String[] {"jobs", "--watch", "--timeout", "90s"})
                        .timeout());
        assertEquals(
                Duration.ofMinutes(10),
                Options.parse(StandardServices.registry(), new String[] {"jobs", "--timeout", "10m", "--watch"})
                        .timeout());
        assertEquals(
                Duration.ofHours(1),
                Options.parse(StandardServices.registry(), new String[] {"jobs", "--watch", "--timeout", "1h"})
                        .timeout());
        assertEquals(
                null,
                Options.parse(StandardServices.registry(), new String[] {"jobs", "--watch"})
                        .timeout(),
                "no timeout unless asked for");
    }

    @Test
    void backupMistakesAreNamed() {
        assertTrue(assertThrows(
                        Options.UsageException.class,
                        () -> Options.parse(StandardServices.registry(), new String[] {"backup", "--resource", "x"}))
                .getMessage()
                .contains("needs --service"));
        assertTrue(assertThrows(
                        Options.UsageException.class,
                        () -> Options.parse(
                                StandardServices.registry(),
                                new String[] {"backup", "--service", "s3", "--resource", "x"}))
                .getMessage()
                .contains("Unknown service 's3'"));
        assertTrue(assertThrows(
                        Options.UsageException.class,
                        () -> Options.parse(
                                StandardServices.registry(),
                                new String[] {"backup", "--service", "fsx", "--resource", "x", "--tag", "novalue"}))
                .getMessage()
                .contains("KEY=VALUE"));
        assertTrue(assertThrows(
                        Options.UsageException.class,
                        () -> Options.parse(StandardServices.registry(), new String[] {"backupp"}))
                .getMessage()
                .startsWith("Unknown command or argument: backupp"));
        assertTrue(assertThrows(
                        Options.UsageException.class,
                        () -> Options.parse(
                                StandardServices.registry(),
                                new String[] {"backup", "--service", "fsx", "--resource", "x", "--sandbox-server"}))
                .getMessage()
                .contains("do not go with"));
    }

    @Test
    void theUsageDescribesEveryCommandAndOption() {
        for (String word : new String[] {
            "backup --service",
            "jobs [--watch] [--all]",
            "--resource",
            "--name",
            "--description",
            "--tag KEY=VALUE",
            "--vault",
            "--role",
            "--start-window",
            "--complete-window",
            "--cold-after",
            "--delete-after",
            "--wait",
            "--sandbox-server",
            "--endpoint-url",
            "--profile",
            "--region"
        }) {
            assertTrue(Options.usage(StandardServices.registry()).contains(word), word);
        }
    }

    @Test
    void theServicesAndTheirFlagsAreTheRegistrysOnes() {
        ServiceRegistry fsxAndLightsail = new ServiceRegistry(List.of(new FsxModule(), new LightsailModule()));

        assertTrue(assertThrows(
                        Options.UsageException.class,
                        () -> Options.parse(
                                fsxAndLightsail, new String[] {"backup", "--service", "backup", "--resource", "x"}))
                .getMessage()
                .contains("Unknown service 'backup' (expected fsx or lightsail)"));
        assertEquals(
                "Unknown option: --vault",
                assertThrows(
                                Options.UsageException.class,
                                () -> Options.parse(fsxAndLightsail, new String[] {
                                    "backup", "--service", "fsx", "--resource", "fs-1", "--vault", "nightly"
                                }))
                        .getMessage());
        String usage = Options.usage(fsxAndLightsail);
        assertTrue(usage.contains("--service fsx|lightsail\n"), usage);
        assertTrue(usage.contains("--name NAME            FSx backup name; Lightsail snapshot name (default "), usage);
        assertFalse(usage.contains("--vault"), usage);
    }

    @Test
    void theServicesFlagsLineUpWithTheOtherOptionsOfBackup() {
        String usage = Options.usage(StandardServices.registry());

        List<String> optionLines =
                usage.lines().filter(line -> line.strip().startsWith("--")).toList();
        assertTrue(optionLines.size() >= 12, usage);
        for (String line : optionLines) {
            assertTrue(line.startsWith("      --") && !line.startsWith("       "), "indented as --wait: " + line);
        }
        assertTrue(usage.contains("\n      --vault NAME           AWS Backup vault (required for backup)\n"), usage);
    }
}
