package io.backupconsole.sandbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.backupconsole.sandbox.protocol.Protocol;
import io.backupconsole.sandbox.protocol.QueryXml;
import io.backupconsole.sandbox.protocol.SandboxRequest;
import io.backupconsole.sandbox.protocol.ServiceError;
import io.backupconsole.sandbox.support.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes each HTTP request, finds the simulated service and operation, applies the configured faults and writes
 * the answer in that service's protocol. Runs on the server's request threads; each simulator is entered under its
 * own lock, so operations of one service are serialised while the services run in parallel.
 */
final class Dispatcher implements HttpHandler {
    /** Larger bodies are refused before parsing (no AWS request these four services take comes close). */
    static final int MAX_BODY_BYTES = 1 << 20;
    /** How much of a too-large body is read and dropped so that the 413 reaches the client. */
    private static final long MAX_DRAINED_BYTES = 64L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    /** Strict like AWS: text after the JSON object is an error, not ignored. */
    private static final ObjectReader REQUEST_READER =
            Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final Pattern CREDENTIAL_SCOPE = Pattern.compile("Credential=[^/]+/\\d{8}/([^/]+)/([^/]+)/");

    private final List<ServiceSimulator> simulators;
    private final ServiceSimulator restService;
    private final Optional<ServiceSimulator> queryService;
    private final FaultInjector faults;
    private final RequestStats stats;
    private final Supplier<SandboxConfig> config;

    Dispatcher(
            List<ServiceSimulator> simulators,
            FaultInjector faults,
            RequestStats stats,
            Supplier<SandboxConfig> config) {
        this.simulators = List.copyOf(simulators);
        this.restService = simulators.stream()
                .filter(s -> s.protocol() == Protocol.REST_JSON)
                .findFirst()
                .orElseThrow();
        this.queryService = simulators.stream()
                .filter(s -> s.protocol() == Protocol.AWS_QUERY)
                .findFirst();
        this.faults = faults;
        this.stats = stats;
        this.config = config;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String target = Optional.ofNullable(exchange.getRequestHeaders().getFirst("X-Amz-Target"))
                .orElse("");
        // Errors before the service is known (a bad body) are answered in the protocol the request looks like.
        ServiceSimulator service = serviceFor(target);
        try {
            byte[] raw = readBody(exchange.getRequestBody());
            if (raw == null) {
                throw new ServiceError(
                        413,
                        "RequestEntityTooLargeException",
                        "Request body exceeds the limit of " + MAX_BODY_BYTES + " bytes.");
            }
            boolean form = target.isEmpty()
                    && queryService.isPresent()
                    && Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type"))
                            .orElse("")
                            .startsWith("application/x-www-form-urlencoded");
            if (form) {
                service = queryService.get();
            }
            SandboxRequest request = decode(exchange, target, raw, form);
            if (target.isEmpty() && !form) {
                service = restServiceFor(request);
            }
            answer(exchange, target, service, request);
        } catch (ServiceError error) {
            writeError(exchange, service, error);
        } catch (FaultInjector.DroppedConnection dropped) {
            // Nothing is written: closing an exchange before its headers were sent closes the connection, so the
            // call took effect and the client sees the connection drop.
            LOG.debug("Dropped the response to {}", target.isEmpty() ? exchange.getRequestURI() : target);
        } catch (RuntimeException unexpected) {
            LOG.error("Sandbox failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), unexpected);
            writeError(
                    exchange,
                    service,
                    new ServiceError(500, "InternalFailure", "The sandbox failed unexpectedly: " + unexpected));
        } finally {
            exchange.close();
        }
    }

    private void answer(HttpExchange exchange, String target, ServiceSimulator service, SandboxRequest request)
            throws IOException {
        Optional<ServiceSimulator.Operation> operation =
                service == null ? Optional.empty() : service.operation(request);
        if (operation.isEmpty()) {
            throw unknownOperation(service, target, exchange);
        }
        String key = service.statsPrefix() + ":" + operation.get().name();
        stats.count(key);
        SandboxConfig current = config.get();
        if (!current.supports(key)) {
            // An endpoint that implements only part of the API: the same answer as for an operation it never heard of.
            throw unknownOperation(service, target, exchange);
        }
        faults.beforeCall(key, service);
        JsonNode output;
        synchronized (service) {
            output = operation.get().handler().handle(request);
        }
        faults.afterCall(key);
        if (current.sparseResponses()) {
            output = operation.get().sparse().apply(output);
        }
        byte[] body = service.protocol() == Protocol.AWS_QUERY
                ? QueryXml.response(operation.get().name(), service.xmlNamespace(), output, requestId())
                : Json.bytes(output);
        write(exchange, 200, service.protocol().contentType(), body);
    }

    /** The REST service with a route for this request; AWS Backup (whose error answers it) when none has. */
    private ServiceSimulator restServiceFor(SandboxRequest request) {
        for (ServiceSimulator simulator : simulators) {
            if (simulator.protocol() == Protocol.REST_JSON
                    && simulator.operation(request).isPresent()) {
                return simulator;
            }
        }
        return restService;
    }

    private ServiceSimulator serviceFor(String target) {
        if (target.isEmpty()) {
            return restService;
        }
        for (ServiceSimulator simulator : simulators) {
            if (simulator.targetPrefix().map(p -> target.startsWith(p + ".")).orElse(false)) {
                return simulator;
            }
        }
        return null;
    }

    private static ServiceError unknownOperation(ServiceSimulator service, String target, HttpExchange exchange) {
        String what = target.isEmpty()
                ? exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                : target;
        int status = service != null && service.protocol() == Protocol.REST_JSON ? 404 : 400;
        return new ServiceError(status, "UnknownOperationException", "Unknown operation: " + what);
    }

    private static SandboxRequest decode(HttpExchange exchange, String target, byte[] raw, boolean form) {
        ObjectNode body;
        Map<String, List<String>> query = query(exchange.getRequestURI().getRawQuery());
        if (form) {
            // AWS Query: the parameters travel as a form body; they are read like query parameters.
            query.putAll(query(new String(raw, StandardCharsets.UTF_8)));
            body = Json.object();
        } else if (raw.length == 0) {
            body = Json.object();
        } else {
            JsonNode parsed;
            try {
                parsed = REQUEST_READER.readTree(strictUtf8(raw));
            } catch (CharacterCodingException e) {
                throw ServiceError.badRequest("SerializationException", "The request body is not valid UTF-8.");
            } catch (IOException e) {
                throw ServiceError.badRequest("SerializationException", "The request body is not valid JSON.");
            }
            if (parsed == null || parsed.isMissingNode()) {
                parsed = Json.object();
            }
            if (!parsed.isObject()) {
                throw ServiceError.badRequest("SerializationException", "The request body must be a JSON object.");
            }
            body = (ObjectNode) parsed;
        }
        String authorization = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization"))
                .orElse("");
        Matcher scope = CREDENTIAL_SCOPE.matcher(authorization);
        String region = scope.find() ? scope.group(1) : "us-east-1";
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        return new SandboxRequest(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                query,
                target,
                region,
                body,
                Map.of(),
                Map.copyOf(headers));
    }

    static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    /**
     * Decodes the body refusing what is not UTF-8 (Jackson alone would take an overlong {@code C0 80} for a NUL,
     * and an encoded surrogate half for a character).
     */
    private static String strictUtf8(byte[] raw) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(raw))
                .toString();
    }

    /** Reads at most {@link #MAX_BODY_BYTES}; null when the body is larger. */
    private static byte[] readBody(InputStream in) {
        try {
            return readBounded(in);
        } catch (IOException e) {
            // The client stopped sending before the end its Content-Length (or chunking) announced. Answer rather
            // than drop the connection: the client may still be reading.
            throw ServiceError.badRequest(
                    "SerializationException", "The request body ended before its announced length: " + e.getMessage());
        }
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length <= MAX_BODY_BYTES) {
            return bytes;
        }
        // Read (and drop) the rest before answering 413: closing with unread bytes makes TCP reset the connection,
        // and the client then sees a dropped connection instead of the error. Bounded, so an endless body cannot
        // keep a thread.
        long dropped = 0;
        byte[] sink = new byte[64 * 1024];
        for (int n; dropped < MAX_DRAINED_BYTES && (n = in.read(sink)) > 0; ) {
            dropped += n;
        }
        return null;
    }

    private static void writeError(HttpExchange exchange, ServiceSimulator service, ServiceError error)
            throws IOException {
        if (service != null && service.protocol() == Protocol.AWS_QUERY) {
            write(
                    exchange,
                    error.httpStatus(),
                    Protocol.AWS_QUERY.contentType(),
                    QueryXml.error(error, service.xmlNamespace(), requestId()));
            return;
        }
        Protocol protocol = service == null ? Protocol.AWS_JSON_1_1 : service.protocol();
        String messageMember = service == null ? "message" : service.errorMessageMember();
        exchange.getResponseHeaders().add("x-amzn-ErrorType", error.code());
        write(
                exchange,
                error.httpStatus(),
                protocol.contentType(),
                Json.bytes(protocol.errorBody(error, messageMember)));
    }

    private static String requestId() {
        return UUID.randomUUID().toString();
    }

    static void write(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.getResponseHeaders().add("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        // Closing the body stream flushes the answer first; exchange.close() alone would first drain the request
        // body and, when that fails (a client that stopped short of its Content-Length), drop the answer unsent.
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
