package io.backupconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.backupconsole.sandbox.support.Json;
import java.io.IOException;
import java.util.Iterator;

/**
 * The sandbox's own endpoints under {@code /_sandbox/}: {@code GET stats}, {@code POST reset},
 * {@code GET|POST config} (a POST merges the given members into the current configuration).
 */
final class AdminApi implements HttpHandler {
    private final Sandbox sandbox;

    AdminApi(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().replaceAll("/+$", "");
            String method = exchange.getRequestMethod();
            switch (method + " " + path) {
                case "GET /_sandbox/stats" -> {
                    ObjectNode body = Json.object();
                    body.set("requests", Json.MAPPER.valueToTree(sandbox.stats().snapshot()));
                    ok(exchange, body);
                }
                case "POST /_sandbox/reset" -> {
                    sandbox.reset();
                    ok(exchange, Json.object().put("reset", true));
                }
                case "GET /_sandbox/config" -> ok(exchange, Json.MAPPER.valueToTree(sandbox.config()));
                case "POST /_sandbox/config" -> updateConfig(exchange);
                default -> error(exchange, 404, "Unknown sandbox admin endpoint: " + method + " " + path);
            }
        }
    }

    private void updateConfig(HttpExchange exchange) throws IOException {
        byte[] raw = exchange.getRequestBody().readNBytes(64 * 1024);
        try {
            JsonNode changes = Json.MAPPER.readTree(raw);
            if (changes == null || !changes.isObject()) {
                error(exchange, 400, "The body must be a JSON object of configuration members.");
                return;
            }
            ObjectNode merged = Json.MAPPER.valueToTree(sandbox.config());
            for (Iterator<String> names = changes.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!merged.has(name)) {
                    error(exchange, 400, "Unknown configuration member: " + name);
                    return;
                }
                merged.set(name, changes.get(name));
            }
            sandbox.configure(Json.MAPPER.treeToValue(merged, SandboxConfig.class));
            ok(exchange, Json.MAPPER.valueToTree(sandbox.config()));
        } catch (IOException | IllegalArgumentException e) {
            String message = e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                    && mapping.getCause() instanceof IllegalArgumentException cause ? cause.getMessage() : e.getMessage();
            error(exchange, 400, "Invalid configuration: " + message);
        }
    }

    private static void ok(HttpExchange exchange, JsonNode body) throws IOException {
        Dispatcher.write(exchange, 200, "application/json", Json.bytes(body));
    }

    private static void error(HttpExchange exchange, int status, String message) throws IOException {
        Dispatcher.write(exchange, status, "application/json", Json.bytes(Json.object().put("message", message)));
    }
}
