package io.backupconsole.aws.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Saving a proxy in the app (FX thread) re-resolves the proxy only; the CA bundle is never read again then. */
class HttpSettingsWithProxyTest {
    @Test
    void aNewProxyKeepsTheBundleAsReadAtStartWithoutReadingTheFileAgain() {
        HttpSettings atStart = new HttpSettings(Optional.empty(), List.of(), List.of("AWS_CA_BUNDLE: unreadable"));
        HttpSettings saved =
                atStart.withProxy(Map.of("AWS_CA_BUNDLE", "/no/such/bundle.pem"), "http://proxy.corp:3128");
        assertEquals(
                URI.create("http://proxy.corp:3128"),
                saved.proxy().orElseThrow().endpoint());
        assertEquals(List.of(), saved.problems(), "the missing bundle file was not read (nor reported) again");
        assertEquals(atStart.caBundle(), saved.caBundle());
    }
}
