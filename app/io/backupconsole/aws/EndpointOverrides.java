package io.backupconsole.aws;

import io.backupconsole.domain.AwsService;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Endpoint overrides from the standard AWS environment: {@code AWS_ENDPOINT_URL_<SERVICE>} wins over
 * {@code AWS_ENDPOINT_URL}, and an explicit {@code --endpoint-url} wins over both (as in the AWS CLI).
 */
public final class EndpointOverrides {
    private EndpointOverrides() {}

    /** The environment variable suffix AWS uses for each service's id ({@code OpsWorksCM} → {@code OPSWORKSCM}). */
    static String environmentSuffix(AwsService service) {
        return switch (service) {
            case OPSWORKS_CM -> "OPSWORKSCM";
            case FSX -> "FSX";
            case BACKUP -> "BACKUP";
            case LIGHTSAIL -> "LIGHTSAIL";
        };
    }

    public static Map<AwsService, URI> resolve(Map<String, String> environment, Optional<String> commandLineUrl) {
        Map<AwsService, URI> overrides = new EnumMap<>(AwsService.class);
        Optional<String> global = commandLineUrl.or(() -> nonBlank(environment.get("AWS_ENDPOINT_URL")));
        for (AwsService service : AwsService.values()) {
            Optional<String> url = commandLineUrl
                    .or(() -> nonBlank(environment.get("AWS_ENDPOINT_URL_" + environmentSuffix(service))))
                    .or(() -> global);
            url.ifPresent(u -> overrides.put(service, parse(u)));
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
