package io.backupconsole.aws.profiles;

import io.backupconsole.storage.UserHome;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

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
     * The files of this user and environment, found as the SDK finds them: the {@code aws.configFile} and
     * {@code aws.sharedCredentialsFile} system properties first, then {@code AWS_CONFIG_FILE} and
     * {@code AWS_SHARED_CREDENTIALS_FILE}, then {@code ~/.aws}.
     */
    public static ProfileFiles forCurrentUser() {
        return forHome(UserHome.current());
    }

    /** As {@link #forCurrentUser()}, with {@code home} as {@code ~}. */
    public static ProfileFiles forHome(UserHome home) {
        Map<String, String> environment = new java.util.HashMap<>(System.getenv());
        Optional.ofNullable(io.backupconsole.aws.WithoutUserProfiles.userProperty("aws.configFile"))
                .ifPresent(f -> environment.put("AWS_CONFIG_FILE", f));
        Optional.ofNullable(io.backupconsole.aws.WithoutUserProfiles.userProperty("aws.sharedCredentialsFile"))
                .ifPresent(f -> environment.put("AWS_SHARED_CREDENTIALS_FILE", f));
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
