package io.backupconsole.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.testsupport.ChildJvm;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.tracking.JobJournal;
import io.backupconsole.tracking.TrackedJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The home folder as a user's shell gives it: a child JVM with {@code HOME} set to a test folder and no
 * {@code -Duser.home}, so its {@code user.home} (the passwd entry's folder) differs from {@code $HOME}. The app
 * must read and write under {@code $HOME}, as the AWS CLI and the SDK do, and leave the passwd home alone.
 */
class HomeFolderTest {
    private static final String FILE_SYSTEM = "fs-0a1b2c3d4e5f60002";

    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @TempDir
    Path home;

    @TempDir
    Path outputs;

    @Test
    void theAppAndTheSdkFindTheAwsFilesAndTheAppFoldersUnderHome() throws Exception {
        Map<String, Path> seen = probe(ChildJvm.java(home, List.of(), HomeProbe.class.getName(), List.of()));

        assertNotEquals(home, seen.get("user.home"), "the child's user.home is the passwd entry's, not $HOME");
        assertEquals(home, seen.get("app.home"));
        assertEquals(seen.get("sdk.home"), seen.get("app.home"));
        assertEquals(home.resolve(".aws/config"), seen.get("app.config"));
        assertEquals(seen.get("sdk.config"), seen.get("app.config"));
        assertEquals(home.resolve(".aws/credentials"), seen.get("app.credentials"));
        assertEquals(seen.get("sdk.credentials"), seen.get("app.credentials"));
        assertEquals(home.resolve(".aws/sso/cache"), seen.get("app.ssoCache"));
        if (linux()) {
            assertEquals(home.resolve(".config/backup-console"), seen.get("app.settings"));
            assertEquals(home.resolve(".local/share/backup-console"), seen.get("app.data"));
            assertEquals(home.resolve(".local/state/backup-console"), seen.get("app.logs"));
        } else {
            List.of("app.settings", "app.data", "app.logs")
                    .forEach(folder -> assertTrue(seen.get(folder).startsWith(home), folder + " " + seen));
        }
    }

    @Test
    void theAwsFileVariablesAndXdgVariablesStillWin() throws Exception {
        ProcessBuilder child = ChildJvm.java(home, List.of(), HomeProbe.class.getName(), List.of());
        Path data = outputs.resolve("data");
        child.environment().put("AWS_CONFIG_FILE", "~/elsewhere/config");
        child.environment()
                .put("AWS_SHARED_CREDENTIALS_FILE", outputs.resolve("creds").toString());
        child.environment().put("XDG_DATA_HOME", data.toString());

        Map<String, Path> seen = probe(child);

        assertEquals(home.resolve("elsewhere/config"), seen.get("app.config"), "~ is $HOME");
        assertEquals(seen.get("sdk.config"), seen.get("app.config"));
        assertEquals(outputs.resolve("creds"), seen.get("app.credentials"));
        assertEquals(seen.get("sdk.credentials"), seen.get("app.credentials"));
        if (linux()) {
            assertEquals(data.resolve("backup-console"), seen.get("app.data"));
        }
    }

    /**
     * The case seen on a fresh machine: {@code HOME=$(mktemp -d)} with a static-key profile in {@code $HOME/.aws}.
     * The backup must use that profile, journal its job under {@code $HOME}, and write nothing of this run under
     * the passwd home.
     */
    @Test
    void aBackupWithHomeSetUsesItsProfileAndKeepsEverythingUnderHome() throws Exception {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[profile probe]\nregion = us-east-1\n");
        Files.writeString(
                home.resolve(".aws/credentials"),
                "[probe]\naws_access_key_id = AKIAHOMEFOLDERTEST01\naws_secret_access_key = home-folder-test\n");
        Path passwdHome = probe(ChildJvm.java(home, List.of(), HomeProbe.class.getName(), List.of()))
                .get("user.home");
        List<Path> watched = Stream.of(
                        ".config/backup-console",
                        ".local/share/backup-console",
                        ".local/state/backup-console",
                        ".aws/sso")
                .map(passwdHome::resolve)
                .toList();
        Map<Path, FileTime> before = listing(watched);

        ChildJvm.Result backup = ChildJvm.run(
                ChildJvm.main(
                        home,
                        "backup",
                        "--profile",
                        "probe",
                        "--endpoint-url",
                        sandbox.server().endpoint().toString(),
                        "--service",
                        "fsx",
                        "--resource",
                        FILE_SYSTEM),
                outputs);

        assertEquals(0, backup.exitCode(), backup.toString());
        assertEquals("", backup.err(), "no warning, no error");
        Path data = home.resolve(".local/share/backup-console");
        List<TrackedJob> jobs = new JobJournal(data, Clock.systemUTC()).open().jobs();
        assertEquals(1, jobs.size(), "journalled under $HOME");
        TrackedJob job = jobs.get(0);
        assertTrue(backup.out().contains("job-id: " + job.id()), backup.toString());
        assertTrue(job.connection().startsWith("profile:probe"), job.connection());
        assertTrue(
                Files.readString(home.resolve(".local/state/backup-console/backup-console.log"))
                        .contains(job.id()),
                "logged under $HOME");
        // Compared by content, not only by time stamps: another Backup Console of this user may write its own log
        // or journal meanwhile, but nothing there may come from this run.
        List<Path> written = changedSince(before, listing(watched)).stream()
                .filter(file ->
                        mentions(file, job.id(), sandbox.server().endpoint().toString()))
                .toList();
        assertEquals(List.of(), written, "written under the passwd home " + passwdHome);
    }

    private Map<String, Path> probe(ProcessBuilder child) throws Exception {
        ChildJvm.Result probe = ChildJvm.run(child, outputs);
        assertEquals(0, probe.exitCode(), probe.toString());
        return probe.out()
                .lines()
                .map(line -> line.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> Path.of(pair[1])));
    }

    /** Every file under the folders, with its modification time. */
    private static Map<Path, FileTime> listing(List<Path> folders) throws IOException {
        Map<Path, FileTime> files = new HashMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    files.put(file, Files.getLastModifiedTime(file));
                }
            }
        }
        return files;
    }

    private static List<Path> changedSince(Map<Path, FileTime> before, Map<Path, FileTime> after) {
        return after.entrySet().stream()
                .filter(file -> !file.getValue().equals(before.get(file.getKey())))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    private static boolean mentions(Path file, String... markers) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            return Stream.of(markers).anyMatch(text::contains);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean linux() {
        return System.getProperty("os.name").startsWith("Linux");
    }
}
