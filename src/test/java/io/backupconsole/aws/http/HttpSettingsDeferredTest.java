package io.backupconsole.aws.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A sandbox start leaves the proxy and CA bundle unresolved until something needs them (see HeadStart). */
class HttpSettingsDeferredTest {
    private static final Map<String, String> ENVIRONMENT = Map.of("HTTPS_PROXY", "http://proxy.example:3128");

    @AfterEach
    void restore() {
        HttpSettings.use(HttpSettings.none());
    }

    @Test
    void aDeferredResolutionRunsOnceOnFirstUseAndNotBefore() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        HttpSettings.resolveOnFirstUse(() -> {
            runs.incrementAndGet();
            return HttpSettings.resolve(ENVIRONMENT, null);
        });
        CompletableFuture<HttpSettings> resolved = HttpSettings.whenResolved();
        assertEquals(0, runs.get());
        assertFalse(resolved.isDone());

        CompletableFuture<HttpSettings> first = CompletableFuture.supplyAsync(HttpSettings::current);
        CompletableFuture<HttpSettings> second = CompletableFuture.supplyAsync(HttpSettings::current);

        assertEquals(
                "proxy.example", first.get().proxy().orElseThrow().endpoint().getHost());
        assertEquals(first.get(), second.get());
        assertEquals(first.get(), resolved.get());
        assertEquals(1, runs.get());
    }

    @Test
    void settingsSavedBeforeTheResolutionRanReachWhoeverWaitsForIt() {
        AtomicInteger runs = new AtomicInteger();
        HttpSettings.resolveOnFirstUse(() -> {
            runs.incrementAndGet();
            return HttpSettings.none();
        });
        CompletableFuture<HttpSettings> waiting = HttpSettings.whenResolved();
        HttpSettings saved = HttpSettings.resolve(ENVIRONMENT, null);

        HttpSettings.use(saved);

        assertTrue(waiting.isDone());
        assertEquals(saved, waiting.join());
        assertEquals(saved, HttpSettings.current());
        assertEquals(0, runs.get(), "the settings saved later win; the start-up resolution is dropped");
    }
}
