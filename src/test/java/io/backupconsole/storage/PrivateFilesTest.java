package io.backupconsole.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.backupconsole.domain.AwsService;
import io.backupconsole.settings.Settings;
import io.backupconsole.settings.SettingsStore;
import io.backupconsole.tracking.JobJournal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every folder the app makes is 0700 and every file it writes 0600 on POSIX, whatever the umask. */
class PrivateFilesTest {
    @TempDir
    Path home;

    private AppDirectories folders;

    @BeforeEach
    void posixOnly() {
        Assumptions.assumeTrue(
                home.getFileSystem().supportedFileAttributeViews().contains("posix"));
        folders = new AppDirectories(
                home.resolve(".config/backup-console"),
                home.resolve(".local/share/backup-console"),
                home.resolve(".local/state/backup-console"));
    }

    @Test
    void settingsJournalLockAndLastKnownCacheAreOwnerOnly() throws Exception {
        new SettingsStore(folders.config(), Clock.systemUTC()).save(Settings.defaults());
        JobJournal journal = new JobJournal(folders.data(), Clock.systemUTC());
        journal.open();
        journal.removeFinished();
        new ResourceCache(folders.data().resolve("last-known"), Clock.systemUTC())
                .write("sandbox", "us-east-1", AwsService.FSX, List.of());

        assertEquals("rwx------", permissions(folders.config()));
        assertEquals("rwx------", permissions(home.resolve(".config")), "missing parents too");
        assertEquals("rwx------", permissions(folders.data()));
        assertEquals("rwx------", permissions(folders.data().resolve("last-known")));
        assertEquals("rw-------", permissions(folders.config().resolve("settings.json")));
        assertEquals("rw-------", permissions(folders.data().resolve("jobs.json")));
        assertEquals("rw-------", permissions(folders.data().resolve("jobs.json.lock")));
        try (var cached = Files.list(folders.data().resolve("last-known"))) {
            for (Path file : cached.toList()) {
                assertEquals("rw-------", permissions(file), file.toString());
            }
        }
    }

    @Test
    void aFolderAnOlderVersionLeftOpenIsClosedOnTheNextWrite() throws Exception {
        Files.createDirectories(
                folders.config(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(folders.config(), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path settings = Files.writeString(folders.config().resolve("settings.json"), "{\"theme\":\"dark\"}");
        Files.setPosixFilePermissions(settings, PosixFilePermissions.fromString("rw-r--r--"));

        new SettingsStore(folders.config(), Clock.systemUTC())
                .save(Settings.defaults().withTheme("light"));

        assertEquals("rwx------", permissions(folders.config()));
        assertEquals("rw-------", permissions(settings));
    }

    @Test
    void aMalformedFileKeptAsideIsOwnerOnly() throws Exception {
        Files.createDirectories(folders.config());
        Path settings = Files.writeString(folders.config().resolve("settings.json"), "{ not json");
        Files.setPosixFilePermissions(settings, PosixFilePermissions.fromString("rw-r--r--"));

        JsonFile.ReadResult<Settings> read = new JsonFile<>(settings, Settings.class, Clock.systemUTC()).read();

        Path aside = assertInstanceOf(JsonFile.ReadResult.Malformed.class, read).keptAs();
        assertEquals("rw-------", permissions(aside));
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
