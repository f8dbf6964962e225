package io.backupconsole.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.http.HttpSettings;
import io.backupconsole.aws.http.HttpSettingsSource;
import io.backupconsole.settings.Settings;
import io.backupconsole.settings.SettingsKeeper;
import io.backupconsole.settings.SettingsStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File ▸ Network proxy: live validation, saving to the settings file, and applying to new clients. */
class ProxyViewModelTest {
    @TempDir
    Path dir;

    private final List<HttpSettings> applied = new ArrayList<>();

    private ProxyViewModel model(SettingsKeeper keeper, Map<String, String> environment) {
        return new ProxyViewModel(keeper, environment, HttpSettingsSource.of(HttpSettings.none()), applied::add);
    }

    private SettingsKeeper keeper(SettingsStore store) {
        return new SettingsKeeper(store, Runnable::run, Settings.defaults());
    }

    @Test
    void aBadUrlSaysWhyAndIsNotSaved() {
        SettingsStore store = new SettingsStore(dir, Clock.systemUTC());
        ProxyViewModel model = model(keeper(store), Map.of());

        model.proxyTextProperty().set("ftp://proxy:21");

        assertFalse(model.validProperty().get());
        assertTrue(model.messageProperty().get().contains("only http:// proxies are supported"));
        assertFalse(model.save());
        assertEquals(List.of(), applied);
    }

    @Test
    void aGoodUrlIsSavedAndAppliedAndComesBackOnTheNextOpen() {
        SettingsStore store = new SettingsStore(dir, Clock.systemUTC());
        ProxyViewModel model = model(keeper(store), Map.of("NO_PROXY", "internal.corp"));

        model.proxyTextProperty().set("http://proxy.corp:3128");
        assertTrue(model.save());

        assertEquals("http://proxy.corp:3128", store.load().settings().proxy());
        assertEquals(
                URI.create("http://proxy.corp:3128"),
                applied.get(0).proxy().orElseThrow().endpoint());
        assertEquals(
                List.of("internal.corp"), applied.get(0).proxy().orElseThrow().nonProxyHosts());
        ProxyViewModel fromFile =
                model(new SettingsKeeper(store, Runnable::run, store.load().settings()), Map.of());
        fromFile.open();
        assertEquals("http://proxy.corp:3128", fromFile.proxyTextProperty().get());
    }

    @Test
    void emptyFallsBackToTheEnvironmentsProxyAndSaysSo() {
        SettingsStore store = new SettingsStore(dir, Clock.systemUTC());
        SettingsKeeper keeper = keeper(store);
        keeper.update(settings -> settings.withProxy("http://old:1"));
        ProxyViewModel model = model(keeper, Map.of("HTTPS_PROXY", "http://env-proxy:8080"));

        model.proxyTextProperty().set("  ");
        assertTrue(model.save());

        assertNull(store.load().settings().proxy());
        assertEquals(
                URI.create("http://env-proxy:8080"),
                applied.get(0).proxy().orElseThrow().endpoint());
        assertEquals("Empty: the environment's proxy, http://env-proxy:8080.", model.environmentHint());
    }

    @Test
    void aProxySavedBeforeTheStartUpResolutionRanIsAppliedOnceItHas() {
        SettingsStore store = new SettingsStore(dir, Clock.systemUTC());
        HttpSettingsSource http = HttpSettingsSource.resolvedOnFirstUse(() -> HttpSettings.none());
        ProxyViewModel model = new ProxyViewModel(keeper(store), Map.of(), http, applied::add);

        model.proxyTextProperty().set("http://proxy.corp:3128");
        assertTrue(model.save());
        assertEquals(List.of(), applied, "the start-up settings (their CA bundle) are not known yet");

        http.current();

        assertEquals(
                URI.create("http://proxy.corp:3128"),
                applied.get(0).proxy().orElseThrow().endpoint());
    }
}
