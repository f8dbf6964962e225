package io.backupconsole.sandbox;

import io.backupconsole.sandbox.protocol.Protocol;
import io.backupconsole.sandbox.protocol.SandboxRequest;
import io.backupconsole.sandbox.protocol.SparseShape;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Base for REST-JSON services: operations are picked by HTTP method and a URI template such as
 * {@code /backup-jobs/{backupJobId}}. A trailing slash is optional, as at AWS.
 */
public abstract class RestServiceSimulator implements ServiceSimulator {
    private record Route(String method, String[] segments, String name, Handler handler, SparseShape sparse) {}

    private final List<Route> routes = new ArrayList<>();

    /** Registers an operation that answers in full even when answers are sparse. */
    protected final void route(String method, String uriTemplate, String operationName, Handler handler) {
        route(method, uriTemplate, operationName, handler, SparseShape.WHOLE);
    }

    /**
     * Registers an operation, with what of its answer survives {@code sparseResponses}. Call from the
     * constructor.
     */
    protected final void route(
            String method, String uriTemplate, String operationName, Handler handler, SparseShape sparse) {
        routes.add(new Route(method, split(uriTemplate), operationName, handler, sparse));
    }

    @Override
    public final Protocol protocol() {
        return Protocol.REST_JSON;
    }

    @Override
    public final Optional<String> targetPrefix() {
        return Optional.empty();
    }

    @Override
    public final Optional<Operation> operation(SandboxRequest request) {
        String[] actual = split(request.path());
        for (Route route : routes) {
            if (!route.method().equals(request.method()) || route.segments().length != actual.length) {
                continue;
            }
            Map<String, String> params = match(route.segments(), actual);
            if (params != null) {
                SandboxRequest bound = request.withPathParams(params);
                Handler handler = route.handler();
                return Optional.of(new Operation(route.name(), ignored -> handler.handle(bound), route.sparse()));
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> match(String[] template, String[] actual) {
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < template.length; i++) {
            String t = template[i];
            if (t.startsWith("{") && t.endsWith("}")) {
                if (actual[i].isEmpty()) {
                    return null;
                }
                params.put(t.substring(1, t.length() - 1), actual[i]);
            } else if (!t.equals(actual[i])) {
                return null;
            }
        }
        return params;
    }

    /** Splits a raw (still percent-encoded) path, then decodes each segment: ARNs in a segment keep their slashes. */
    private static String[] split(String rawPath) {
        String trimmed = rawPath.replaceAll("^/+", "").replaceAll("/+$", "");
        if (trimmed.isEmpty()) {
            return new String[0];
        }
        String[] segments = trimmed.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            segments[i] = URLDecoder.decode(segments[i].replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        return segments;
    }
}
