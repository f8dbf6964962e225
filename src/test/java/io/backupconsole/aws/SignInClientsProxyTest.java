package io.backupconsole.aws;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.backupconsole.aws.credentials.MfaCodePrompt;
import io.backupconsole.aws.http.ForwardProxy;
import io.backupconsole.aws.http.HttpSettings;
import io.backupconsole.aws.http.HttpSettingsSource;
import io.backupconsole.aws.profiles.ProfileFiles;
import io.backupconsole.storage.UserHome;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.StandardServices;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Behind a proxy, signing in (IAM Identity Center) goes through it like every other AWS call. */
class SignInClientsProxyTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @TempDir
    Path ssoCache;

    @Test
    void theSignInClientsUseTheProxyChosenAfterTheFactoryWasBuilt() throws Exception {
        HttpSettingsSource http = HttpSettingsSource.of(HttpSettings.none());
        try (ForwardProxy proxy = new ForwardProxy();
                ClientFactory clients = new ClientFactory(
                        StandardServices.registry(),
                        http,
                        ProfileFiles.of(UserHome.current(), Map.of()),
                        ssoCache,
                        MfaCodePrompt.NONE,
                        Clock.systemUTC())) {
            // As File ▸ Network proxy does: the factory's sign-in clients follow the settings it was given.
            http.use(HttpSettings.resolve(Map.of("HTTPS_PROXY", proxy.endpoint().toString()), null));

            var registered = clients.signInClients()
                    .oidc("us-east-1", Optional.of(sandbox.server().endpoint()))
                    .registerClient(r -> r.clientName("backup-console").clientType("public"));

            assertNotNull(registered.clientId());
            assertFalse(proxy.carried.isEmpty(), "the sign-in call bypassed the proxy");
        }
    }
}
