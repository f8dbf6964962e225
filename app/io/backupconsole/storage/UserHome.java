package io.backupconsole.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The user's home folder, found the way the AWS CLI and the AWS SDK find it: {@code $HOME}; else, on Windows,
 * {@code %USERPROFILE%}, then {@code %HOMEDRIVE%%HOMEPATH%}; else the JVM's {@code user.home} (on Unix the passwd
 * entry's folder, which ignores {@code $HOME}). Everything the app derives from the home folder ({@code ~/.aws},
 * the SSO token cache, the XDG defaults) starts here, so with {@code HOME=/tmp/x} (CI jobs, {@code sudo -E},
 * containers, snaps) the app reads and writes exactly where the CLI and the SDK do.
 *
 * <p>The one place in the app that reads {@code user.home}. One difference from the SDK: a blank variable counts as
 * unset (the SDK would take an empty {@code HOME} as the working folder).
 *
 * @param folder the home folder
 */
public record UserHome(Path folder) {

    /** This process's home folder, from its environment and system properties. */
    public static UserHome current() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    static UserHome resolve(String osName, Map<String, String> environment, String userHomeProperty) {
        String home = nonBlank(environment.get("HOME"));
        if (home == null && osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            home = nonBlank(environment.get("USERPROFILE"));
            String drive = nonBlank(environment.get("HOMEDRIVE"));
            String path = nonBlank(environment.get("HOMEPATH"));
            if (home == null && drive != null && path != null) {
                home = drive + path;
            }
        }
        if (home == null) {
            home = userHomeProperty;
        }
        if (home == null || home.isBlank()) {
            throw new IllegalStateException("No home folder: HOME is not set and Java has no user.home.");
        }
        return new UserHome(Path.of(home));
    }

    /** A path inside the home folder, e.g. {@code resolve(".aws")}. */
    public Path resolve(String relative) {
        return folder.resolve(relative);
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
