package io.backupconsole.aws.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An HTTP proxy for the SDK's calls: where it is, its credentials, and the hosts reached directly. Pure and
 * immutable.
 *
 * @param endpoint      {@code http://host:port} of the proxy (user info removed)
 * @param username      the proxy user, or null
 * @param password      the proxy password, or null
 * @param nonProxyHosts host patterns reached without the proxy, as {@code NO_PROXY} spells them
 *                      ({@code example.com} and {@code .example.com} also cover subdomains, {@code *} covers all)
 */
public record ProxySetting(URI endpoint, String username, String password, List<String> nonProxyHosts) {

    public ProxySetting {
        Objects.requireNonNull(endpoint, "endpoint");
        nonProxyHosts = List.copyOf(nonProxyHosts);
    }

    /**
     * Reads a proxy URL such as {@code http://proxy.corp:3128} or {@code http://user:secret@proxy.corp:3128}.
     *
     * @throws IllegalArgumentException with a message saying what is wrong and what is expected
     */
    public static ProxySetting parse(String url, List<String> nonProxyHosts) {
        String text = url == null ? "" : url.strip();
        URI uri;
        try {
            // "proxy:3128" without a scheme is what curl accepts too; it means http.
            uri = new URI(text.contains("://") ? text : "http://" + text);
        } catch (URISyntaxException e) {
            throw invalid(text, "it is not a URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid(text, "only http:// proxies are supported, not " + scheme + "://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw invalid(text, "it names no host");
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        String username = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            username = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
        }
        return new ProxySetting(
                URI.create(scheme + "://" + uri.getHost() + ":" + port), username, password, nonProxyHosts);
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("The proxy \"" + text + "\" cannot be used: " + why
                + ". Expected e.g. http://proxy.example.com:3128 or http://user:password@proxy.example.com:3128.");
    }

    /**
     * The proxy the environment names: {@code HTTPS_PROXY} (AWS endpoints are HTTPS), else {@code HTTP_PROXY}, each
     * upper- or lower-case, with {@code NO_PROXY} / {@code no_proxy}; empty when none is set.
     *
     * @throws IllegalArgumentException when the variable's value is not a usable proxy URL (the message names it)
     */
    public static Optional<ProxySetting> fromEnvironment(Map<String, String> environment) {
        for (String name : List.of("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy")) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                try {
                    return Optional.of(parse(value, noProxy(environment)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
                }
            }
        }
        return Optional.empty();
    }

    /** The {@code NO_PROXY} list (either case), split on commas, ports dropped. */
    public static List<String> noProxy(Map<String, String> environment) {
        String value =
                Optional.ofNullable(environment.get("NO_PROXY")).orElse(environment.getOrDefault("no_proxy", ""));
        Set<String> hosts = new LinkedHashSet<>();
        for (String entry : value.split(",")) {
            String host = entry.strip().toLowerCase(Locale.ROOT);
            if (!host.startsWith("[") && host.indexOf(':') == host.lastIndexOf(':') && host.contains(":")) {
                host = host.substring(0, host.indexOf(':'));
            }
            if (!host.isEmpty()) {
                hosts.add(host);
            }
        }
        return List.copyOf(hosts);
    }

    /**
     * The patterns as the SDK's url-connection client wants them: regular expressions matched against the whole
     * lower-cased host name.
     */
    public Set<String> nonProxyHostRegexes() {
        Set<String> regexes = new LinkedHashSet<>();
        for (String host : nonProxyHosts) {
            if (host.equals("*")) {
                regexes.add(".*");
                continue;
            }
            String domain = host.replaceFirst("^\\*?\\.", "");
            regexes.add("(.*\\.)?" + Pattern.quote(domain));
        }
        return regexes;
    }

    /** True when calls to {@code host} go around the proxy. */
    public boolean bypasses(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return nonProxyHostRegexes().stream().anyMatch(lower::matches);
    }

    /** The proxy for the status line and logs: without its password. */
    public String describe() {
        return endpoint + (username == null ? "" : " as " + username);
    }
}
