package io.backupconsole.settings;

import io.backupconsole.storage.JsonFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Loads and saves {@link Settings} as {@code settings.json} in the config folder. A malformed file never stops the
 * app: it is kept aside, defaults are used, and {@link Loaded#notice()} says what happened so the UI can tell the
 * user. Blocking file I/O: call from the background executor. Saves are serialised by this object's lock.
 */
public final class SettingsStore {
    /** The settings found, and a message for the user when the file had to be set aside. */
    public record Loaded(Settings settings, Optional<String> notice) {}

    private final JsonFile<Settings> file;

    public SettingsStore(Path configFolder, Clock clock) {
        this.file = new JsonFile<>(configFolder.resolve("settings.json"), Settings.class, clock);
    }

    public Loaded load() {
        file.removeLeftoverTemporaryFiles();
        try {
            return switch (file.read()) {
                case JsonFile.ReadResult.Missing<Settings> missing -> new Loaded(Settings.defaults(), Optional.empty());
                case JsonFile.ReadResult.Found<Settings> found -> new Loaded(found.value(), Optional.empty());
                case JsonFile.ReadResult.Malformed<Settings> malformed ->
                    new Loaded(
                            Settings.defaults(),
                            Optional.of("Your settings file could not be read (" + malformed.problem()
                                    + "). It was kept as " + malformed.keptAs() + " and default settings are used."));
            };
        } catch (IOException e) {
            return new Loaded(
                    Settings.defaults(),
                    Optional.of(
                            "Your settings could not be read (" + e.getMessage() + "); default settings are used."));
        }
    }

    public synchronized void save(Settings settings) {
        try {
            file.write(settings);
        } catch (IOException e) {
            throw new UncheckedIOException("Your settings were not saved. " + e.getMessage(), e);
        }
    }
}
