package io.backupconsole.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path config;

    @Test
    void firstRunGivesDefaultsSilently() {
        SettingsStore.Loaded loaded = new SettingsStore(config, Clock.systemUTC()).load();
        assertEquals(Settings.defaults(), loaded.settings());
        assertEquals(Optional.empty(), loaded.notice());
    }

    @Test
    void savedSettingsComeBack() {
        SettingsStore store = new SettingsStore(config, Clock.systemUTC());
        Settings settings = Settings.defaults()
                .withConnection("work", "eu-west-1")
                .withWindow(new Settings.WindowGeometry(10, 20, 1200, 800, false));
        store.save(settings);
        assertEquals(
                settings, new SettingsStore(config, Clock.systemUTC()).load().settings());
    }

    @Test
    void malformedFileGivesDefaultsAndANoticeAndIsKept() throws Exception {
        Files.writeString(config.resolve("settings.json"), "{\"region\": 12, ");
        SettingsStore.Loaded loaded = new SettingsStore(config, Clock.systemUTC()).load();
        assertEquals(Settings.defaults(), loaded.settings());
        String notice = loaded.notice().orElseThrow();
        assertTrue(notice.contains("kept as"), notice);
        try (var files = Files.list(config)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("settings.json.malformed-")));
        }
    }

    @Test
    void unknownThemeFallsBackToSystem() {
        assertEquals("system", new Settings("sandbox", "us-east-1", "purple", null, null).theme());
    }
}
