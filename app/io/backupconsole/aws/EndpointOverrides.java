package io.backupconsole.aws;

import io.backupconsole.domain.AwsService;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Endpoint overrides from the standard AWS environment: {@code AWS_ENDPOINT_URL_<SERVICE>} wins over
 * {@code AWS_ENDPOINT_URL}, and an explicit {@code --endpoint-url} wins over both (as in the AWS CLI).
 */
public final class EndpointOverrides {
    private EndpointOverrides() {}

    /** The override of each service that has one, in the registry's order. */
    public static Map<AwsService, URI> resolve(
            ServiceRegistry services, Map<String, String> environment, Optional<String> commandLineUrl) {
        Map<AwsService, URI> overrides = new LinkedHashMap<>();
        Optional<String> global = commandLineUrl.or(() -> nonBlank(environment.get("AWS_ENDPOINT_URL")));
        for (ServiceModule<?> module : services.modules()) {
            Optional<String> url = commandLineUrl
                    .or(() -> nonBlank(environment.get("AWS_ENDPOINT_URL_" + module.endpointName())))
                    .or(() -> global);
            url.ifPresent(u -> overrides.put(module.service(), parse(u)));
        }
        return overrides;
    }

    private static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Endpoint URL must be an http:// or https:// URL with a host: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("Endpoint URL must be an http:// or https:// URL with a host: " + url);
        }
        return uri;
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
