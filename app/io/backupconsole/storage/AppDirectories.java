package io.backupconsole.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its files, per OS convention: settings in the config folder, the job journal and history in
 * the data folder. Linux follows XDG ({@code $XDG_CONFIG_HOME/backup-console}, default {@code ~/.config/backup-console};
 * {@code $XDG_DATA_HOME/backup-console}, default {@code ~/.local/share/backup-console}); macOS uses
 * {@code ~/Library/Application Support/Backup Console}; Windows {@code %APPDATA%} and {@code %LOCALAPPDATA%}.
 * The log goes to the state folder: {@code $XDG_STATE_HOME/backup-console} (default
 * {@code ~/.local/state/backup-console}), {@code ~/Library/Logs/Backup Console} on macOS,
 * {@code %LOCALAPPDATA%\Backup Console\logs} on Windows. {@code ~} is the {@link UserHome} ({@code $HOME} first, as
 * the AWS CLI finds it); the {@code XDG_*} variables, when set to absolute paths, win over the defaults.
 *
 * @param config folder for settings
 * @param data   folder for the job journal and history
 * @param logs   folder for the app's log files
 */
public record AppDirectories(Path config, Path data, Path logs) {
    private static final String FOLDER = "backup-console";

    /** The folders for this machine and user. */
    public static AppDirectories forCurrentUser() {
        return resolve(
                System.getProperty("os.name", ""),
                System.getenv(),
                UserHome.current().folder());
    }

    static AppDirectories resolve(String osName, Map<String, String> environment, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path roaming =
                    pathOr(environment.get("APPDATA"), home.resolve("AppData").resolve("Roaming"));
            Path local = pathOr(
                    environment.get("LOCALAPPDATA"), home.resolve("AppData").resolve("Local"));
            Path localFolder = local.resolve("Backup Console");
            return new AppDirectories(roaming.resolve("Backup Console"), localFolder, localFolder.resolve("logs"));
        }
        if (os.startsWith("mac")) {
            Path support =
                    home.resolve("Library").resolve("Application Support").resolve("Backup Console");
            return new AppDirectories(
                    support, support, home.resolve("Library").resolve("Logs").resolve("Backup Console"));
        }
        Path config = pathOr(environment.get("XDG_CONFIG_HOME"), home.resolve(".config"));
        Path data =
                pathOr(environment.get("XDG_DATA_HOME"), home.resolve(".local").resolve("share"));
        Path state =
                pathOr(environment.get("XDG_STATE_HOME"), home.resolve(".local").resolve("state"));
        return new AppDirectories(config.resolve(FOLDER), data.resolve(FOLDER), state.resolve(FOLDER));
    }

    /** XDG says relative values are invalid and must be ignored; the same holds for blank ones. */
    private static Path pathOr(String value, Path fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Path path = Path.of(value);
        return path.isAbsolute() ? path : fallback;
    }
}
