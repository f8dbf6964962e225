package io.backupconsole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.cli.Options;
import io.backupconsole.testsupport.ChildJvm;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.StandardServices;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad command line, for the window, {@code --sandbox-server}, {@code backup} and {@code jobs}: one
 * {@code error:} line naming the problem, then the usage, exit code 2, and nothing started or sent.
 */
class MainCommandLineTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private static final String BACKUP_FSX = "backup --service fsx --resource fs-0a1b2c3d4e5f60002";

    static Stream<Arguments> badCommandLines() {
        return Stream.of(
                // the window
                bad("--prot 1", "--prot"),
                bad("--port", "--port"),
                bad("--port 4566", "--port is an option of --sandbox-server"),
                bad("--region", "--region needs a value"),
                bad("--region us-east1", "us-east1"),
                bad("--region US-EAST-1", "US-EAST-1"),
                bad("--region eu-west-1 --region us-east-1", "--region is given more than once"),
                bad("--profile a --profile b", "--profile is given more than once"),
                bad("--endpoint-url ftp://127.0.0.1:4566", "ftp://127.0.0.1:4566"),
                bad("--endpoint-url http://exa%mple", "http://exa%mple"),
                bad("--endpoint-url 127.0.0.1:4566", "127.0.0.1:4566"),
                bad("--endpoint-url http://127.0.0.1:1 --endpoint-url http://127.0.0.1:2", "--endpoint-url"),
                bad("--watch", "--watch"),
                bad("--wait", "--wait"),
                bad("window", "window"),
                bad("-x", "-x"),
                // the sandbox server
                bad("--sandbox-server --port 99999", "--port must be between 0 and 65535, got 99999"),
                bad("--sandbox-server --port -1", "--port"),
                bad("--sandbox-server --port abc", "--port must be a whole number, got abc"),
                bad("--sandbox-server --port 1 --port 2", "--port is given more than once"),
                bad("--sandbox-server --time-scale -1", "--time-scale must be a positive number, got -1"),
                bad("--sandbox-server --time-scale 0", "--time-scale"),
                bad("--sandbox-server --time-scale NaN", "--time-scale"),
                bad("--sandbox-server --time-scale 1e400", "--time-scale"),
                bad("--sandbox-server --time-scale fast", "--time-scale must be a number, got fast"),
                bad("--sandbox-server --failure-rate 1.5", "--failure-rate must be between 0 and 1, got 1.5"),
                bad("--sandbox-server --failure-rate NaN", "--failure-rate"),
                bad("--sandbox-server --failure-rate", "--failure-rate needs a value"),
                bad("--sandbox-server --all", "--all"),
                bad("--sandbox-server --region moon", "moon"),
                // backup
                bad("backup", "--service"),
                bad("backup --service", "--service needs a value"),
                bad("backup --service s3 --resource x", "s3"),
                bad("backup --service fsx", "--resource"),
                bad(BACKUP_FSX + " --resource fs-0a1b2c3d4e5f60001", "--resource is given more than once"),
                bad(BACKUP_FSX + " --service backup", "--service is given more than once"),
                bad(BACKUP_FSX + " --name a --name b", "--name is given more than once"),
                bad(BACKUP_FSX + " --tag novalue", "--tag must be KEY=VALUE"),
                bad(BACKUP_FSX + " --tag", "--tag needs a value"),
                bad(BACKUP_FSX + " --region us_east_1", "us_east_1"),
                bad(BACKUP_FSX + " --endpoint-url file:///etc", "file:///etc"),
                bad(BACKUP_FSX + " --port 4566", "--port"),
                bad(BACKUP_FSX + " --time-scale 60", "--time-scale"),
                bad(BACKUP_FSX + " --sandbox-server", "--sandbox-server"),
                bad(BACKUP_FSX + " --all", "--all"),
                bad(BACKUP_FSX + " extra", "extra"),
                // jobs
                bad("jobs --wait", "--wait"),
                bad("jobs --service fsx", "--service"),
                bad("jobs --region", "--region needs a value"),
                bad("jobs --failure-rate 0.1", "--failure-rate"),
                bad("jobs everything", "everything"),
                bad("jobs --sandbox-server", "--sandbox-server"),
                bad("jobs --watch --timeout 10x", "--timeout must be a positive whole number"),
                bad("jobs --watch --timeout 0s", "got 0s"),
                bad("jobs --watch --timeout -5m", "got -5m"),
                bad("jobs --watch --timeout 1.5h", "got 1.5h"),
                bad("jobs --watch --timeout", "--timeout needs a value"),
                bad("jobs --watch --timeout 1m --timeout 2m", "--timeout is given more than once"),
                bad("jobs --timeout 10m", "--timeout bounds jobs --watch"),
                bad(BACKUP_FSX + " --timeout 10m", "--timeout bounds backup --wait; add --wait"));
    }

    private static Arguments bad(String commandLine, String named) {
        return Arguments.of(commandLine, named);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCommandLines")
    void aBadCommandLineIsOneErrorLineAndTheUsage(String commandLine, String named) {
        List<String> args = new ArrayList<>(List.of(commandLine.split(" ")));
        args.addAll(List.of("--endpoint-url", sandbox.server().endpoint().toString())
                .subList(0, args.contains("--endpoint-url") ? 0 : 2));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var parsed = Main.parse(
                StandardServices.registry(),
                args.toArray(String[]::new),
                Map.of(),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(parsed.isEmpty(), "refused: " + args);
        String firstLine = printed.lines().findFirst().orElse("");
        assertTrue(firstLine.startsWith("error: ") && firstLine.contains(named), printed);
        assertEquals(
                firstLine + "\n" + Options.usage(StandardServices.registry()),
                printed.replace(System.lineSeparator(), "\n"));
        assertEquals(Map.of(), sandbox.server().stats().snapshot(), "nothing was sent");
    }

    @Test
    void aBadEndpointInTheEnvironmentIsRefusedLikeOneOnTheCommandLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertTrue(Main.parse(
                        StandardServices.registry(),
                        new String[0],
                        Map.of("AWS_ENDPOINT_URL_FSX", "localhost:4566"),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .isEmpty());
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: Endpoint URL must be"), err.toString());
    }

    @Test
    void goodCommandLinesStillParse() {
        for (String commandLine : List.of(
                "",
                "--region ap-southeast-2",
                "--region us-gov-west-1 --profile work",
                "--sandbox-server --port 0 --time-scale 0.5 --failure-rate 1",
                BACKUP_FSX + " --tag a=1 --tag b=2 --wait",
                "jobs --watch --all",
                "jobs --watch --timeout 90s",
                "--help")) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            String[] args = commandLine.isEmpty() ? new String[0] : commandLine.split(" ");
            assertTrue(
                    Main.parse(StandardServices.registry(), args, Map.of(), new PrintStream(err))
                            .isPresent(),
                    commandLine + ": " + err);
        }
    }

    /** The real entry point in its own JVM: exit code 2, and no window opens (it would never exit here). */
    @Test
    void theProgramExitsWith2BeforeOpeningAnything(@TempDir Path home) throws Exception {
        for (String commandLine : List.of("--region nowhere", "--sandbox-server --port 99999", "jobs --wait")) {
            Process process = ChildJvm.main(home, commandLine.split(" "))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "exits: " + commandLine);
            assertEquals(2, process.exitValue(), commandLine + "\n" + err);
            assertTrue(err.startsWith("error: ") && err.contains("Usage:"), err);
        }
    }
}
