package io.backupconsole.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Builds SDK clients that must not read the user's {@code ~/.aws/config} and {@code ~/.aws/credentials}: the
 * sandbox and plain endpoint connections need neither, and a malformed file there must not break them.
 *
 * <p>Why a scoped system-property swap: SDK 2.40 parses the default profile file while building every client (its
 * global defaults are resolved eagerly, even when {@code ClientOverrideConfiguration.defaultProfileFile} is set),
 * and the only way to point that parse elsewhere is the {@code aws.configFile} / {@code aws.sharedCredentialsFile}
 * properties. They are swapped to an empty file for the duration of the build and restored after, under one lock
 * that every client build in the app takes, so a profile connection built meanwhile still reads the real files.
 * The parsed file is cached inside each client, so nothing reads the properties after the build.
 */
public final class WithoutUserProfiles {
    private static final String CONFIG_FILE = "aws.configFile";
    private static final String CREDENTIALS_FILE = "aws.sharedCredentialsFile";
    private static final Object LOCK = new Object();
    private static Path emptyFile;
    /** The user's values of the two properties while a build hides them; null when nothing is hidden. */
    private static volatile String[] hidden;

    private WithoutUserProfiles() {}

    /**
     * The user's {@code aws.configFile} / {@code aws.sharedCredentialsFile}, even while another thread's client
     * build hides them: the app's own profile reading (any thread, e.g. the connection list loading while the
     * start-up head start builds the sandbox's clients) must never see the empty stand-in.
     */
    public static String userProperty(String name) {
        String[] saved = hidden;
        if (saved != null && (name.equals(CONFIG_FILE) || name.equals(CREDENTIALS_FILE))) {
            return name.equals(CONFIG_FILE) ? saved[0] : saved[1];
        }
        return System.getProperty(name);
    }

    /** Runs a client build with the user's profile files hidden when {@code hide} is true. */
    public static <T> T build(boolean hide, Supplier<T> build) {
        synchronized (LOCK) {
            if (!hide) {
                return build.get();
            }
            String empty = emptyFile().toString();
            String config = System.getProperty(CONFIG_FILE);
            String credentials = System.getProperty(CREDENTIALS_FILE);
            hidden = new String[] {config, credentials};
            System.setProperty(CONFIG_FILE, empty);
            System.setProperty(CREDENTIALS_FILE, empty);
            try {
                return build.get();
            } finally {
                restore(CONFIG_FILE, config);
                restore(CREDENTIALS_FILE, credentials);
                hidden = null;
            }
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    private static Path emptyFile() {
        if (emptyFile == null) {
            try {
                emptyFile = Files.createTempFile("backup-console-no-profiles", ".ini");
                emptyFile.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create an empty AWS profile file", e);
            }
        }
        return emptyFile;
    }
}
