package io.backupconsole.logging;

import io.backupconsole.storage.AppDirectories;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.event.Level;

/**
 * Where the log goes and what it keeps: {@code backup-console.log} in the OS's log folder
 * ({@link AppDirectories#logs()}), 5 MB a file, three files. The app's own loggers log INFO and up (DEBUG with
 * {@code -Dbackupconsole.log=debug}); the AWS SDK only WARN and up, always, because its DEBUG output dumps requests
 * with their Authorization and X-Amz-Security-Token headers. Every line passes through {@link LogRedactor}.
 */
public final class AppLog {
    static final String FILE_NAME = "backup-console.log";
    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int FILES = 3;
    private static final String SDK = "software.amazon.awssdk";

    private static RollingLogFile sink;

    private AppLog() {}

    /** The folder holding the log files (what "Open log folder" opens). */
    public static Path folder() {
        return file().getParent();
    }

    /** The current log file. */
    public static Path file() {
        return sink().file();
    }

    static synchronized RollingLogFile sink() {
        if (sink == null) {
            Path folder = AppDirectories.forCurrentUser().logs();
            sink = new RollingLogFile(folder.resolve(FILE_NAME), MAX_BYTES, FILES, System.err);
        }
        return sink;
    }

    /** The lowest level a logger writes. */
    static Level threshold(String loggerName) {
        if (loggerName.startsWith(SDK)) {
            return Level.WARN;
        }
        String configured =
                System.getProperty("backupconsole.log", "info").strip().toUpperCase(Locale.ROOT);
        try {
            return Level.valueOf(configured);
        } catch (IllegalArgumentException e) {
            return Level.INFO;
        }
    }
}
