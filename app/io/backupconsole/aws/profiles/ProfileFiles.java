package io.backupconsole.aws.profiles;

import io.backupconsole.storage.UserHome;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the AWS config and credentials files are: {@code AWS_CONFIG_FILE} and {@code AWS_SHARED_CREDENTIALS_FILE}
 * when set, else {@code ~/.aws/config} and {@code ~/.aws/credentials}, {@code ~} being the {@link UserHome}
 * ({@code $HOME} first). The same rule the SDK and the CLI follow, so the picker lists exactly the profiles the
 * credential providers will find.
 *
 * @param config      the config file (profiles as {@code [profile name]}, plus {@code [sso-session name]})
 * @param credentials the credentials file (profiles as {@code [name]})
 */
public record ProfileFiles(Path config, Path credentials) {

    /**
     * The files of this user and environment, found as the SDK and the CLI find them: {@code AWS_CONFIG_FILE} and
     * {@code AWS_SHARED_CREDENTIALS_FILE}, else {@code ~/.aws}. Resolved once, in the composition root, and passed to
     * whatever reads profiles. (The SDK would also take the {@code aws.configFile} / {@code aws.sharedCredentialsFile}
     * system properties first; the app does not: they are the JVM's, not the user's, and the client factory points
     * them at an empty file while it builds a sandbox client, see {@code aws.WithoutUserProfiles}.)
     *
     * @param environment the process environment
     */
    public static ProfileFiles of(UserHome home, Map<String, String> environment) {
        return resolve(environment, home.folder());
    }

    static ProfileFiles resolve(Map<String, String> environment, Path home) {
        Path awsFolder = home.resolve(".aws");
        return new ProfileFiles(
                pathOr(environment.get("AWS_CONFIG_FILE"), home, awsFolder.resolve("config")),
                pathOr(environment.get("AWS_SHARED_CREDENTIALS_FILE"), home, awsFolder.resolve("credentials")));
    }

    /** Like the SDK, expands a leading {@code ~} to the home folder. */
    private static Path pathOr(String value, Path home, Path fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String path = value.strip();
        if (path.equals("~")) {
            return home;
        }
        if (path.startsWith("~/") || path.startsWith("~\\")) {
            return home.resolve(path.substring(2));
        }
        return Path.of(path);
    }
}
