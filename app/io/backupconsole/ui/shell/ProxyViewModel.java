package io.backupconsole.ui.shell;

import io.backupconsole.aws.http.HttpSettings;
import io.backupconsole.aws.http.HttpSettingsSource;
import io.backupconsole.aws.http.ProxySetting;
import io.backupconsole.settings.SettingsKeeper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * File ▸ Network proxy: the proxy URL set in the app (empty: the environment's {@code HTTPS_PROXY} /
 * {@code HTTP_PROXY}, if any), checked on every keystroke. Saving keeps it in the settings and hands the resolved
 * HTTP settings to the app, which reconnects with them. FX thread only; {@code apply} may be called on another thread
 * in the first seconds after start (see {@link #save()}).
 */
public final class ProxyViewModel {
    private final SettingsKeeper settings;
    private final Map<String, String> environment;
    private final HttpSettingsSource http;
    private final Consumer<HttpSettings> apply;
    private final StringProperty proxyText = new SimpleStringProperty("");
    private final StringBinding message;
    private final BooleanBinding valid;

    /**
     * @param environment the process environment (for the hint and {@code NO_PROXY})
     * @param http        the app's HTTP settings now (the CA bundle is kept from them)
     * @param apply       takes the new HTTP settings for every client built from now on, and reconnects
     */
    public ProxyViewModel(
            SettingsKeeper settings,
            Map<String, String> environment,
            HttpSettingsSource http,
            Consumer<HttpSettings> apply) {
        this.settings = settings;
        this.environment = Map.copyOf(environment);
        this.http = http;
        this.apply = apply;
        message = Bindings.createStringBinding(() -> problem(proxyText.get()).orElse(""), proxyText);
        valid = message.isEmpty();
    }

    /** Fills the field with the saved proxy, when the dialog opens. */
    public void open() {
        proxyText.set(Optional.ofNullable(settings.current().proxy()).orElse(""));
    }

    private Optional<String> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            ProxySetting.parse(text, List.of());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** What applies when the field is empty, in words. */
    public String environmentHint() {
        try {
            return ProxySetting.fromEnvironment(environment)
                    .map(p -> "Empty: the environment's proxy, " + p.describe()
                            + (p.nonProxyHosts().isEmpty()
                                    ? "."
                                    : ", not for " + String.join(", ", p.nonProxyHosts()) + "."))
                    .orElse("Empty: no proxy (HTTPS_PROXY and HTTP_PROXY are not set).");
        } catch (IllegalArgumentException e) {
            return "Empty: no proxy (" + e.getMessage() + ")";
        }
    }

    /** Saves a valid proxy (or none) and applies it; false, changing nothing, while the text is not a proxy URL. */
    public boolean save() {
        if (!valid.get()) {
            return false;
        }
        String text = proxyText.get() == null ? "" : proxyText.get().strip();
        settings.update(current -> current.withProxy(text));
        // At once, unless the start-up resolution (CA bundle) is still pending: then on the thread that completes it.
        http.whenResolved().thenAccept(now -> apply.accept(now.withProxy(environment, text)));
        return true;
    }

    public StringProperty proxyTextProperty() {
        return proxyText;
    }

    /** Why the text is not a usable proxy URL, or empty. */
    public StringBinding messageProperty() {
        return message;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
