package io.backupconsole.aws.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProxySettingTest {

    @Test
    void aProxyUrlGivesEndpointAndCredentials() {
        ProxySetting proxy = ProxySetting.parse(" http://me:p%40ss@proxy.corp:3128 ", List.of());

        assertEquals(URI.create("http://proxy.corp:3128"), proxy.endpoint());
        assertEquals("me", proxy.username());
        assertEquals("p@ss", proxy.password());
        assertEquals("http://proxy.corp:3128 as me", proxy.describe());
    }

    @Test
    void aHostAndPortWithoutSchemeMeansHttpAndThePortDefaults() {
        assertEquals(
                URI.create("http://proxy.corp:8080"),
                ProxySetting.parse("proxy.corp:8080", List.of()).endpoint());
        assertEquals(
                URI.create("http://proxy.corp:80"),
                ProxySetting.parse("http://proxy.corp", List.of()).endpoint());
    }

    @Test
    void unusableUrlsSayWhy() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ProxySetting.parse("socks5://p:1", List.of()))
                .getMessage()
                .contains("only http:// proxies are supported"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ProxySetting.parse("http://", List.of()))
                .getMessage()
                .contains("cannot be used"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ProxySetting.parse("http://a b:1", List.of()))
                .getMessage()
                .contains("not a URL"));
    }

    @Test
    void httpsProxyWinsOverHttpProxyAndLowerCaseCounts() {
        Optional<ProxySetting> proxy =
                ProxySetting.fromEnvironment(Map.of("HTTP_PROXY", "http://plain:1", "https_proxy", "http://secure:2"));
        assertEquals(URI.create("http://secure:2"), proxy.orElseThrow().endpoint());
        assertEquals(
                URI.create("http://plain:1"),
                ProxySetting.fromEnvironment(Map.of("http_proxy", "http://plain:1"))
                        .orElseThrow()
                        .endpoint());
        assertTrue(ProxySetting.fromEnvironment(Map.of()).isEmpty());
    }

    @Test
    void noProxyCoversTheDomainItsSubdomainsAndDropsPorts() {
        ProxySetting proxy = ProxySetting.fromEnvironment(Map.of(
                        "HTTPS_PROXY", "http://p:1", "no_proxy", "Example.com, .internal.corp,localhost:8080,*.svc"))
                .orElseThrow();

        assertEquals(List.of("example.com", ".internal.corp", "localhost", "*.svc"), proxy.nonProxyHosts());
        assertTrue(proxy.bypasses("example.com"));
        assertTrue(proxy.bypasses("backup.us-east-1.example.com"));
        assertTrue(proxy.bypasses("a.internal.corp"));
        assertTrue(proxy.bypasses("LOCALHOST"));
        assertTrue(proxy.bypasses("x.svc"));
        assertFalse(proxy.bypasses("notexample.com"));
        assertFalse(proxy.bypasses("backup.us-east-1.amazonaws.com"));
    }

    @Test
    void aStarInNoProxyBypassesEverything() {
        ProxySetting proxy = ProxySetting.parse("http://p:1", ProxySetting.noProxy(Map.of("NO_PROXY", "*")));
        assertTrue(proxy.bypasses("fsx.eu-west-1.amazonaws.com"));
    }
}
