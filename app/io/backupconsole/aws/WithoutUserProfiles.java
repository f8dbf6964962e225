package io.backupconsole.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Runs SDK client builds with or without the user's {@code ~/.aws/config} and {@code ~/.aws/credentials} in sight:
 * the sandbox and plain endpoint connections need neither, and a malformed file there must not break them. Used by
 * {@link ClientFactory} only, which owns one.
 *
 * <p>Why a scoped system-property swap: SDK 2.40 parses the default profile file while building every client (its
 * global defaults are resolved eagerly, even when {@code ClientOverrideConfiguration.defaultProfileFile} and
 * {@code defaultProfileFileSupplier} are set; {@code WithoutUserProfilesTest} shows it), and the only way to point
 * that parse elsewhere is the {@code aws.configFile} / {@code aws.sharedCredentialsFile} properties. They are
 * swapped to an empty file for the duration of the build and restored after. The parsed file is cached inside each
 * client, so nothing reads the properties after the build, and the app's own profile reading never reads them (the
 * files are resolved once at start, see {@code ProfileFiles#of}).
 *
 * <p>The properties are the process's, so every build (hiding or not) takes this instance's lock: a profile
 * connection's client built meanwhile still reads the real files. That holds because a process has one client
 * factory, and so one instance: the app's is built by its head start and taken over by the window, the headless
 * commands build one, and the tests build one at a time (JUnit runs them one after another). No static: the lock,
 * the empty file and the swap belong to the instance, what a swap saves lives in its own stack frame. Thread-safe.
 */
final class WithoutUserProfiles {
    private static final String CONFIG_FILE = "aws.configFile";
    private static final String CREDENTIALS_FILE = "aws.sharedCredentialsFile";

    private final Object properties = new Object();

    /** Created on the first hiding build; guarded by {@link #properties}. */
    private Path emptyFile;

    /** Runs a client build that reads the user's profile files, with no swap of another build in progress. */
    <T> T showing(Supplier<T> build) {
        synchronized (properties) {
            return build.get();
        }
    }

    /** Runs a client build with the user's profile files replaced by an empty one. */
    <T> T hiding(Supplier<T> build) {
        synchronized (properties) {
            String empty = emptyFile().toString();
            String config = System.getProperty(CONFIG_FILE);
            String credentials = System.getProperty(CREDENTIALS_FILE);
            System.setProperty(CONFIG_FILE, empty);
            System.setProperty(CREDENTIALS_FILE, empty);
            try {
                return build.get();
            } finally {
                restore(CONFIG_FILE, config);
                restore(CREDENTIALS_FILE, credentials);
            }
        }
    }

    /** Deletes the empty file (when the factory closes). */
    void close() {
        synchronized (properties) {
            if (emptyFile != null) {
                try {
                    Files.deleteIfExists(emptyFile);
                } catch (IOException e) {
                    // Left for deleteOnExit: an empty file in the temporary folder.
                }
                emptyFile = null;
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

    private Path emptyFile() {
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
