package io.backupconsole.sandbox.fuzz;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One request as bytes on the wire. {@code path} and header values are written as ISO-8859-1, so a test can put
 * any raw byte there. {@code contentLength} overrides the computed header ({@code null}: computed; empty: none).
 * {@code protocolLevel} marks requests that are not valid HTTP/1.1, which the JDK's HTTP server may refuse (or close)
 * before the sandbox sees them.
 */
record FuzzRequest(
        String description,
        String method,
        String path,
        List<Map.Entry<String, String>> headers,
        byte[] body,
        String contentLength,
        boolean protocolLevel) {

    static FuzzRequest json(String description, String target, String body) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("Content-Type", "application/x-amz-json-1.1"));
        headers.add(Map.entry("X-Amz-Target", target));
        return new FuzzRequest(description, "POST", "/", headers, body.getBytes(StandardCharsets.UTF_8), null, false);
    }

    static FuzzRequest rest(String description, String method, String pathAndQuery, String body) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("Content-Type", "application/json"));
        return new FuzzRequest(
                description, method, pathAndQuery, headers, body.getBytes(StandardCharsets.UTF_8), null, false);
    }

    /**
     * Whether the JDK's HTTP server may refuse the request before the sandbox sees it: broken framing, or a request
     * target that {@link java.net.URI} cannot parse ({@code %zz}, a lone {@code %}), which the server answers with
     * its own plain 400, or one whose path does not start with a slash ({@code //x} reads as an authority), which
     * matches no context and gets the server's plain 404.
     */
    boolean mayBeRefusedByHttpServer() {
        if (protocolLevel) {
            return true;
        }
        try {
            String uriPath = new URI(path).getPath();
            return uriPath == null || !uriPath.startsWith("/");
        } catch (URISyntaxException e) {
            return true;
        }
    }

    /** The X-Amz-Target header, or empty for REST requests. */
    String target() {
        return headers.stream()
                .filter(h -> h.getKey().equalsIgnoreCase("X-Amz-Target"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("");
    }

    FuzzRequest withDescription(String what) {
        return new FuzzRequest(description + " / " + what, method, path, headers, body, contentLength, protocolLevel);
    }

    FuzzRequest withBody(String what, byte[] newBody) {
        return new FuzzRequest(
                description + " / " + what, method, path, headers, newBody, contentLength, protocolLevel);
    }

    FuzzRequest withMethod(String what, String newMethod, boolean protocol) {
        return new FuzzRequest(
                description + " / " + what, newMethod, path, headers, body, contentLength, protocolLevel || protocol);
    }

    FuzzRequest withPath(String what, String newPath, boolean protocol) {
        return new FuzzRequest(
                description + " / " + what, method, newPath, headers, body, contentLength, protocolLevel || protocol);
    }

    FuzzRequest withHeaders(String what, List<Map.Entry<String, String>> newHeaders, boolean protocol) {
        return new FuzzRequest(
                description + " / " + what,
                method,
                path,
                List.copyOf(newHeaders),
                body,
                contentLength,
                protocolLevel || protocol);
    }

    FuzzRequest withContentLength(String what, String value, boolean protocol) {
        return new FuzzRequest(
                description + " / " + what, method, path, headers, body, value, protocolLevel || protocol);
    }

    byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        latin1(out, method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        for (Map.Entry<String, String> header : headers) {
            latin1(out, header.getKey() + ": " + header.getValue() + "\r\n");
        }
        if (contentLength == null) {
            latin1(out, "Content-Length: " + body.length + "\r\n");
        } else if (!contentLength.isEmpty()) {
            latin1(out, "Content-Length: " + contentLength + "\r\n");
        }
        latin1(out, "\r\n");
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static void latin1(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Override
    public String toString() {
        String text = new String(toBytes(), StandardCharsets.ISO_8859_1);
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < Math.min(text.length(), 600); i++) {
            char c = text.charAt(i);
            shown.append(c >= 0x20 && c < 0x7f || c == '\n' ? String.valueOf(c) : String.format("\\x%02x", (int) c));
        }
        return description + (text.length() > 600 ? " (" + text.length() + " bytes, first 600)" : "") + ":\n" + shown;
    }
}
