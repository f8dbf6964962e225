package io.backupconsole.aws.http;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the SDK's HTTP client reaches AWS: through which proxy, trusting which extra CAs. Resolved once from the
 * environment and the app's settings; a bad value becomes a problem message (shown to the user) and is left out, so
 * the app still starts and works without it. Which settings new clients use is kept by {@link HttpSettingsSource}.
 *
 * @param proxy    the proxy, or empty for direct connections
 * @param caBundle the extra CAs from {@code AWS_CA_BUNDLE}, or empty
 * @param problems one message per value that could not be used
 */
public record HttpSettings(Optional<ProxySetting> proxy, List<X509Certificate> caBundle, List<String> problems) {
    public HttpSettings {
        caBundle = List.copyOf(caBundle);
        problems = List.copyOf(problems);
    }

    public static HttpSettings none() {
        return new HttpSettings(Optional.empty(), List.of(), List.of());
    }

    /**
     * @param environment   the process environment ({@code HTTPS_PROXY}, {@code HTTP_PROXY}, {@code NO_PROXY}, either
     *                      case; {@code AWS_CA_BUNDLE})
     * @param settingsProxy the proxy URL from the app's settings, which wins over the environment; null or blank
     *                      for none
     */
    public static HttpSettings resolve(Map<String, String> environment, String settingsProxy) {
        List<String> problems = new ArrayList<>();
        Optional<ProxySetting> proxy = Optional.empty();
        try {
            proxy = settingsProxy == null || settingsProxy.isBlank()
                    ? ProxySetting.fromEnvironment(environment)
                    : Optional.of(ProxySetting.parse(settingsProxy, ProxySetting.noProxy(environment)));
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage() + " Calls go out without a proxy.");
        }
        List<X509Certificate> bundle = List.of();
        String caBundle = environment.get("AWS_CA_BUNDLE");
        if (caBundle != null && !caBundle.isBlank()) {
            try {
                bundle = CaBundle.read(Path.of(caBundle.strip()));
            } catch (InvalidPathException e) {
                problems.add(
                        "AWS_CA_BUNDLE: \"" + caBundle + "\" is not a file path. Only the system's CAs are trusted.");
            } catch (IllegalArgumentException e) {
                problems.add("AWS_CA_BUNDLE: " + e.getMessage() + " Only the system's CAs are trusted.");
            }
        }
        return new HttpSettings(proxy, bundle, problems);
    }

    /**
     * These settings with the proxy resolved again (the CA bundle kept as read: reading it again can take a second,
     * and the caller is the FX thread). The problems are the new proxy's only; the bundle's were reported at start.
     */
    public HttpSettings withProxy(Map<String, String> environment, String settingsProxy) {
        HttpSettings proxyOnly = resolve(withoutCaBundle(environment), settingsProxy);
        return new HttpSettings(proxyOnly.proxy(), caBundle, proxyOnly.problems());
    }

    private static Map<String, String> withoutCaBundle(Map<String, String> environment) {
        Map<String, String> copy = new HashMap<>(environment);
        copy.remove("AWS_CA_BUNDLE");
        return copy;
    }
}
