package io.backupconsole.aws;

import io.backupconsole.domain.AwsService;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Per-service endpoints written into a connection key ({@link Connection#key()}) and read back, so the tracker
 * rebuilds exactly the connection a job was started on. Without them a job started with a profile and
 * {@code --endpoint-url} would be polled at real AWS with the profile's real credentials. Format:
 * {@code |fsx=URL|backup=URL…} in service order; "|" never occurs unescaped in a URI.
 */
final class EndpointKeys {
    private EndpointKeys() {}

    static String encode(Map<AwsService, URI> endpoints) {
        return endpoints.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> "|" + entry.getKey().id() + "=" + entry.getValue())
                .collect(Collectors.joining());
    }

    /** The endpoints after the first "|" of a key part; none when there is no "|". */
    static Map<AwsService, URI> decode(String encoded) {
        Map<AwsService, URI> endpoints = new EnumMap<>(AwsService.class);
        for (String part : encoded.split("\\|")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                endpoints.put(AwsService.fromId(part.substring(0, equals)), URI.create(part.substring(equals + 1)));
            }
        }
        return endpoints;
    }
}
