package io.backupconsole.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirectoriesTest {
    private final Path home = Path.of("/home/ana");

    @Test
    void linuxDefaultsFollowXdg() {
        AppDirectories dirs = AppDirectories.resolve("Linux", Map.of(), home);
        assertEquals(Path.of("/home/ana/.config/backup-console"), dirs.config());
        assertEquals(Path.of("/home/ana/.local/share/backup-console"), dirs.data());
        assertEquals(Path.of("/home/ana/.local/state/backup-console"), dirs.logs());
    }

    @Test
    void logsFollowXdgStateHomeOnLinuxAndTheOsConventionElsewhere() {
        assertEquals(
                Path.of("/state/backup-console"),
                AppDirectories.resolve("Linux", Map.of("XDG_STATE_HOME", "/state"), home)
                        .logs());
        assertEquals(
                Path.of("/home/ana/.local/state/backup-console"),
                AppDirectories.resolve("Linux", Map.of("XDG_STATE_HOME", "state"), home)
                        .logs(),
                "relative is ignored");
        assertEquals(
                Path.of("/home/ana/Library/Logs/Backup Console"),
                AppDirectories.resolve("Mac OS X", Map.of(), home).logs());
        assertEquals(
                Path.of("/local/Backup Console/logs"),
                AppDirectories.resolve("Windows 11", Map.of("LOCALAPPDATA", "/local"), home)
                        .logs());
    }

    @Test
    void xdgVariablesAreHonouredWhenAbsolute() {
        AppDirectories dirs = AppDirectories.resolve(
                "Linux", Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "relative/data"), home);
        assertEquals(Path.of("/cfg/backup-console"), dirs.config());
        assertEquals(Path.of("/home/ana/.local/share/backup-console"), dirs.data(), "relative XDG values are ignored");
    }

    @Test
    void macAndWindowsUseTheirOwnFolders() {
        assertEquals(
                Path.of("/home/ana/Library/Application Support/Backup Console"),
                AppDirectories.resolve("Mac OS X", Map.of(), home).config());
        AppDirectories windows =
                AppDirectories.resolve("Windows 11", Map.of("APPDATA", "/roaming", "LOCALAPPDATA", "/local"), home);
        assertEquals(Path.of("/roaming/Backup Console"), windows.config());
        assertEquals(Path.of("/local/Backup Console"), windows.data());
    }
}
