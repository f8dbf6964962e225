package io.backupconsole.aws;

import io.backupconsole.domain.AwsService;
import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Per-service endpoints written into a connection key ({@link Connection#key()}) and read back, so the tracker
 * rebuilds exactly the connection a job was started on. Without them a job started with a profile and
 * {@code --endpoint-url} would be polled at real AWS with the profile's real credentials. Format:
 * {@code |backup=URL|fsx=URL…} in the order of the service ids; "|" never occurs unescaped in a URI.
 */
final class EndpointKeys {
    private EndpointKeys() {}

    static String encode(Map<AwsService, URI> endpoints) {
        return endpoints.entrySet().stream()
                .sorted(Comparator.comparing(entry -> entry.getKey().id()))
                .map(entry -> "|" + entry.getKey().id() + "=" + entry.getValue())
                .collect(Collectors.joining());
    }

    /** The endpoints after the first "|" of a key part; none when there is no "|". */
    static Map<AwsService, URI> decode(String encoded, ServiceRegistry services) {
        Map<AwsService, URI> endpoints = new LinkedHashMap<>();
        for (String part : encoded.split("\\|")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                String id = part.substring(0, equals);
                AwsService service = services.byId(id)
                        .orElseThrow(() -> new IllegalStateException(
                                "Unknown service '" + id + "' in a connection of the job journal"));
                endpoints.put(service, URI.create(part.substring(equals + 1)));
            }
        }
        return endpoints;
    }
}
