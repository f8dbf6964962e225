package io.backupconsole.sandbox;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.backupconsole.sandbox.support.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The sandbox's own endpoints under {@code /_sandbox/}: {@code GET stats}, {@code POST reset},
 * {@code GET|POST config} (a POST merges the given members into the current configuration), and the user's side
 * of a device sign-in: {@code GET sso/device} (the verification page), {@code POST sso/approve|deny},
 * {@code POST sso/expire-sessions}.
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
                case "POST /_sandbox/sso/approve" -> decide(exchange, sandbox.ssoDirectory()::approve);
                case "POST /_sandbox/sso/deny" -> decide(exchange, sandbox.ssoDirectory()::deny);
                case "POST /_sandbox/sso/expire-sessions" -> {
                    sandbox.ssoDirectory().expireSessions();
                    ok(exchange, Json.object().put("expired", true));
                }
                case "GET /_sandbox/sso/device" -> devicePage(exchange);
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
            String message = e instanceof JsonMappingException mapping
                            && mapping.getCause() instanceof IllegalArgumentException cause
                    ? cause.getMessage()
                    : e.getMessage();
            error(exchange, 400, "Invalid configuration: " + message);
        }
    }

    /**
     * Approves or denies a device sign-in by its user code, as the user does in the browser: a JSON body
     * {@code {"userCode": "BCDF-GHJK"}}, or the form of {@link #devicePage}.
     */
    private static void decide(HttpExchange exchange, Predicate<String> decision) throws IOException {
        String raw = new String(exchange.getRequestBody().readNBytes(64 * 1024), StandardCharsets.UTF_8);
        String userCode;
        if (raw.strip().startsWith("{")) {
            JsonNode body = Json.MAPPER.readTree(raw);
            userCode = body.path("userCode").asText("");
        } else {
            userCode =
                    Dispatcher.query(raw).getOrDefault("user_code", List.of("")).get(0);
        }
        if (userCode.isBlank() || !decision.test(userCode)) {
            error(exchange, 404, "No pending sign-in has the code \"" + userCode + "\".");
            return;
        }
        ok(exchange, Json.object().put("userCode", userCode.strip()).put("decided", true));
    }

    /** What the browser shows at the verification URL: the code to check, and Allow / Deny. */
    private static void devicePage(HttpExchange exchange) throws IOException {
        String code = Dispatcher.query(exchange.getRequestURI().getRawQuery())
                .getOrDefault("user_code", List.of(""))
                .get(0)
                .replaceAll("[^A-Za-z-]", "");
        String html = "<!doctype html><title>Sandbox sign-in</title><h1>Backup Console sandbox</h1>"
                + "<p>Allow the app that shows this code to sign in?</p>"
                + "<form method=post action=/_sandbox/sso/approve><input name=user_code value='" + code + "'>"
                + "<button>Allow</button></form>"
                + "<form method=post action=/_sandbox/sso/deny><input type=hidden name=user_code value='" + code
                + "'><button>Deny</button></form>";
        Dispatcher.write(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private static void ok(HttpExchange exchange, JsonNode body) throws IOException {
        Dispatcher.write(exchange, 200, "application/json", Json.bytes(body));
    }

    private static void error(HttpExchange exchange, int status, String message) throws IOException {
        Dispatcher.write(
                exchange, status, "application/json", Json.bytes(Json.object().put("message", message)));
    }
}
