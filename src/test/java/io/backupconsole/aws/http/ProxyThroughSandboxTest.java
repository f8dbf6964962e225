package io.backupconsole.aws.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.AwsClients;
import io.backupconsole.aws.ClientFactory;
import io.backupconsole.aws.Connection;
import io.backupconsole.aws.fsx.FsxModule;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.StandardServices;
import io.backupconsole.testsupport.TestClients;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SDK calls to the sandbox through a local forward proxy, as HTTPS_PROXY / NO_PROXY / the app's setting ask. */
class ProxyThroughSandboxTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private ForwardProxy proxy;

    @BeforeEach
    void startProxy() throws Exception {
        proxy = new ForwardProxy();
    }

    @AfterEach
    void stopProxy() {
        proxy.close();
    }

    /** The sandbox as any other endpoint (the built-in sandbox connection is never proxied). */
    private Connection endpoint() {
        URI url = sandbox.server().endpoint();
        return new Connection.Endpoint(
                StandardServices.registry().services().stream().collect(Collectors.toMap(s -> s, s -> url)),
                "us-east-1");
    }

    private int fileSystemsThrough(HttpSettings http, Connection connection) {
        try (ClientFactory factory = TestClients.factory(http);
                AwsClients clients = factory.clients(connection)) {
            return new FsxModule().adapter(clients).listResources().size();
        }
    }

    @Test
    void callsGoThroughTheProxyTheEnvironmentNames() {
        HttpSettings http =
                HttpSettings.resolve(Map.of("https_proxy", proxy.endpoint().toString()), null);

        int listed = fileSystemsThrough(http, endpoint());

        assertTrue(listed > 0);
        assertFalse(proxy.carried.isEmpty(), "no request went through the proxy");
        assertTrue(proxy.carried.stream()
                .allMatch(uri -> uri.getPort() == sandbox.server().endpoint().getPort()));
    }

    @Test
    void hostsInNoProxyAreReachedDirectly() {
        HttpSettings http = HttpSettings.resolve(
                Map.of("HTTP_PROXY", proxy.endpoint().toString(), "NO_PROXY", "example.com, 127.0.0.1"), null);

        assertTrue(fileSystemsThrough(http, endpoint()) > 0);
        assertEquals(List.of(), proxy.carried);
    }

    @Test
    void theAppsProxyWinsOverTheEnvironmentsAndSendsItsCredentials() {
        HttpSettings http = HttpSettings.resolve(
                Map.of("HTTPS_PROXY", "http://127.0.0.1:1"),
                "http://ops:s%3Acret@" + proxy.endpoint().getAuthority());

        assertTrue(fileSystemsThrough(http, endpoint()) > 0);
        assertFalse(proxy.carried.isEmpty());
        String expected = "Basic " + Base64.getEncoder().encodeToString("ops:s:cret".getBytes(StandardCharsets.UTF_8));
        assertTrue(proxy.proxyAuthorizations.contains(expected), proxy.proxyAuthorizations.toString());
    }

    @Test
    void theBuiltInSandboxIsNeverProxied() {
        HttpSettings http =
                HttpSettings.resolve(Map.of("HTTPS_PROXY", proxy.endpoint().toString()), null);

        assertTrue(fileSystemsThrough(http, sandbox.connection("us-east-1")) > 0);
        assertEquals(List.of(), proxy.carried);
    }

    @Test
    void aBadProxyUrlIsAProblemMessageAndCallsGoDirect() {
        HttpSettings http = HttpSettings.resolve(Map.of("HTTPS_PROXY", "socks5://proxy:1080"), null);

        assertTrue(http.proxy().isEmpty());
        assertEquals(1, http.problems().size());
        assertTrue(
                http.problems().get(0).startsWith("HTTPS_PROXY: The proxy \"socks5://proxy:1080\" cannot be used:"),
                http.problems().get(0));
        assertTrue(fileSystemsThrough(http, endpoint()) > 0);
    }
}
