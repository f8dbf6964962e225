package io.backupconsole.aws.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A sandbox start leaves the proxy and CA bundle unresolved until something needs them (see HeadStart). */
class HttpSettingsSourceTest {
    private static final Map<String, String> ENVIRONMENT = Map.of("HTTPS_PROXY", "http://proxy.example:3128");

    @Test
    void aDeferredResolutionRunsOnceOnFirstUseAndNotBefore() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        HttpSettingsSource source = HttpSettingsSource.resolvedOnFirstUse(() -> {
            runs.incrementAndGet();
            return HttpSettings.resolve(ENVIRONMENT, null);
        });
        CompletableFuture<HttpSettings> resolved = source.whenResolved();
        assertEquals(0, runs.get());
        assertFalse(resolved.isDone());

        CompletableFuture<HttpSettings> first = CompletableFuture.supplyAsync(source::current);
        CompletableFuture<HttpSettings> second = CompletableFuture.supplyAsync(source::current);

        assertEquals(
                "proxy.example", first.get().proxy().orElseThrow().endpoint().getHost());
        assertEquals(first.get(), second.get());
        assertEquals(first.get(), resolved.get());
        assertEquals(1, runs.get());
    }

    @Test
    void settingsSavedBeforeTheResolutionRanReachWhoeverWaitsForIt() {
        AtomicInteger runs = new AtomicInteger();
        HttpSettingsSource source = HttpSettingsSource.resolvedOnFirstUse(() -> {
            runs.incrementAndGet();
            return HttpSettings.none();
        });
        CompletableFuture<HttpSettings> waiting = source.whenResolved();
        HttpSettings saved = HttpSettings.resolve(ENVIRONMENT, null);

        source.use(saved);

        assertTrue(waiting.isDone());
        assertEquals(saved, waiting.join());
        assertEquals(saved, source.current());
        assertEquals(0, runs.get(), "the settings saved later win; the start-up resolution is dropped");
    }

    @Test
    void twoSourcesKeepTheirOwnSettings() {
        HttpSettingsSource proxied = HttpSettingsSource.of(HttpSettings.resolve(ENVIRONMENT, null));
        HttpSettingsSource direct = HttpSettingsSource.of(HttpSettings.none());

        direct.use(HttpSettings.none());

        assertTrue(proxied.current().proxy().isPresent(), "one composition root's settings never leak into another's");
        assertFalse(direct.current().proxy().isPresent());
    }
}
