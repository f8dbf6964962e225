package io.backupconsole.testsupport;

import io.backupconsole.aws.ClientFactory;
import io.backupconsole.aws.credentials.MfaCodePrompt;
import io.backupconsole.aws.http.HttpSettings;
import io.backupconsole.aws.http.HttpSettingsSource;
import io.backupconsole.aws.profiles.ProfileFiles;
import io.backupconsole.storage.UserHome;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Client factories for tests, built as a composition root builds its own: over the test home's AWS files (the build
 * sets {@code HOME} and the {@code AWS_*} file variables to {@code target/test-home}), with no proxy unless given and
 * no MFA prompt. Each test builds and closes its own: nothing is shared, nothing global is changed.
 */
public final class TestClients {
    private TestClients() {}

    /** No proxy, no extra CAs. */
    public static ClientFactory factory() {
        return factory(HttpSettings.none());
    }

    /** With these proxy and CA settings for every client it builds (except the sandbox's, never proxied). */
    public static ClientFactory factory(HttpSettings http) {
        return ClientFactory.forUser(
                StandardServices.registry(),
                HttpSettingsSource.of(http),
                UserHome.current(),
                System.getenv(),
                MfaCodePrompt.NONE);
    }

    /** Profiles read from {@code files}, SSO tokens cached in {@code ssoCache}, MFA codes asked of {@code mfa}. */
    public static ClientFactory factory(ProfileFiles files, Path ssoCache, MfaCodePrompt mfa) {
        return new ClientFactory(
                StandardServices.registry(),
                HttpSettingsSource.of(HttpSettings.none()),
                files,
                ssoCache,
                mfa,
                Clock.systemUTC());
    }
}
