package io.backupconsole.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.testsupport.ReadOnlyFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings that cannot be saved keep the last saved file, stay in use in memory, and the user is told why. */
class SettingsUnsavedTest {
    @TempDir
    Path config;

    @Test
    void aReadOnlyConfigFolderKeepsTheLastSavedSettingsAndTellsTheUser() throws Exception {
        SettingsStore store = new SettingsStore(config, Clock.systemUTC());
        SettingsKeeper keeper = new SettingsKeeper(store, Runnable::run, Settings.defaults());
        List<String> told = new CopyOnWriteArrayList<>();
        keeper.addProblemListener(told::add);
        keeper.update(s -> s.withTheme("dark"));
        String saved = Files.readString(config.resolve("settings.json"));

        try (ReadOnlyFolder readOnly = ReadOnlyFolder.of(config)) {
            keeper.update(s -> s.withTheme("light"));
        }

        assertEquals("light", keeper.current().theme(), "the change stays in use");
        assertEquals(saved, Files.readString(config.resolve("settings.json")), "the last saved file is kept");
        assertEquals(1, told.size());
        assertTrue(told.getFirst().startsWith("Your settings were not saved. Could not save "), told.getFirst());
        assertTrue(told.getFirst().contains("the last saved copy is kept"), told.getFirst());
        assertEquals(
                List.of("settings.json"),
                Files.list(config).map(p -> p.getFileName().toString()).toList());
    }
}
