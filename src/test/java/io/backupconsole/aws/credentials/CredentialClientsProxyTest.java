package io.backupconsole.aws.credentials;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.backupconsole.aws.http.ForwardProxy;
import io.backupconsole.aws.http.HttpSettings;
import io.backupconsole.testsupport.SandboxFixture;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Behind a proxy, signing in (IAM Identity Center) goes through it like every other AWS call. */
class CredentialClientsProxyTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @Test
    void theSignInClientsUseTheAppsProxy() throws Exception {
        HttpSettings before = HttpSettings.current();
        try (ForwardProxy proxy = new ForwardProxy();
                CredentialClients clients = new CredentialClients()) {
            HttpSettings.use(
                    HttpSettings.resolve(Map.of("HTTPS_PROXY", proxy.endpoint().toString()), null));
            var registered = clients.oidc(
                            "us-east-1", Optional.of(sandbox.server().endpoint()))
                    .registerClient(r -> r.clientName("backup-console").clientType("public"));
            assertNotNull(registered.clientId());
            assertFalse(proxy.carried.isEmpty(), "the sign-in call bypassed the proxy");
        } finally {
            HttpSettings.use(before);
        }
    }
}
