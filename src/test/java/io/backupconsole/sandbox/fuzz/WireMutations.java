package io.backupconsole.sandbox.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Mutations of everything but the body: headers, method, path and query string, and HTTP framing itself. */
final class WireMutations {
    private static final List<String> METHODS =
            List.of("GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "FOO", "post", "get");
    private static final List<String> SEGMENTS = List.of(
            "%",
            "%z",
            "%zz",
            "%00",
            "%2F",
            "%2f..%2f",
            "%C0%AF",
            "%ED%A0%80",
            "%FF",
            "%E2%80%AE",
            "..",
            ".",
            "",
            "%20",
            "+",
            "%2B",
            "a%",
            "%%",
            "~",
            "%u0041",
            ";x=1",
            "x".repeat(5000));
    private static final List<String> QUERIES = List.of(
            "maxResults=%zz",
            "maxResults=-1",
            "maxResults=0",
            "maxResults=99999999999999999999",
            "maxResults=1e3",
            "maxResults=",
            "nextToken=%ZZ",
            "nextToken=bm9wZQ==",
            "nextToken=",
            "state=%E2%80%AE",
            "state=",
            "&&&",
            "=",
            "==",
            "a=b=c",
            "%",
            "a%",
            "%=%",
            "createdAfter=not-a-date",
            "createdAfter=%2B999999999-12-31T23:59:59Z",
            "createdBefore=",
            "byCreatedAfter=2020-01-01T00:00:00Z",
            "resourceType=" + "A".repeat(60),
            "resourceType=%00",
            "backupVaultName=%2F%2F",
            "accountId=12345678901x",
            "shared=maybe",
            "vaultType=NOPE",
            "managedByAWSBackupOnly=TRUE",
            "maxResults=1&maxResults=2",
            "messageCategory=%C0%80");
    private static final List<String> TARGETS = List.of(
            "",
            ".",
            "OpsWorksCM_V2016_11_01.",
            "Lightsail_20161128",
            "AWSSimbaAPIService_v20180301.createbackup",
            "lightsail_20161128.GetOperations",
            "NoSuchService.Op",
            "AWSSimbaAPIService_v20180301.CreateBackup.Extra",
            " AWSSimbaAPIService_v20180301.DescribeBackups",
            "Lightsail_20161128.GetOperations\t",
            "OpsWorksCM_V2016_11_01.DescribeServers;x",
            "AWSSimbaAPIService_v20180301." + "A".repeat(20_000),
            "\u00ff\u00fe.\u00e9");

    private final Random random;

    WireMutations(Random random) {
        this.random = random;
    }

    FuzzRequest mutateHeaders(FuzzRequest request) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(request.headers());
        switch (random.nextInt(8)) {
            case 0 -> {
                headers.removeIf(h -> h.getKey().equals("X-Amz-Target"));
                return request.withHeaders("no X-Amz-Target", headers, false);
            }
            case 1 -> {
                headers.removeIf(h -> h.getKey().equals("X-Amz-Target"));
                headers.add(Map.entry("X-Amz-Target", TARGETS.get(random.nextInt(TARGETS.size()))));
                return request.withHeaders("odd X-Amz-Target", headers, false);
            }
            case 2 -> {
                headers.add(Map.entry("X-Amz-Target", TARGETS.get(random.nextInt(TARGETS.size()))));
                return request.withHeaders("second X-Amz-Target", headers, false);
            }
            case 3 -> {
                String region = random.nextBoolean()
                        ? RandomText.ascii(random, 1 + random.nextInt(30))
                        : latin1(RandomText.codePoints(random, 1 + random.nextInt(10)));
                headers.add(Map.entry(
                        "Authorization",
                        "AWS4-HMAC-SHA256 Credential=AKID/20260101/"
                                + region.replace("\r", "").replace("\n", "")
                                + "/svc/aws4_request, SignedHeaders=host, Signature=00"));
                return request.withHeaders("odd region in the credential scope", headers, false);
            }
            case 4 -> {
                headers.removeIf(h -> h.getKey().equals("Content-Type"));
                if (random.nextBoolean()) {
                    headers.add(
                            Map.entry("Content-Type", random.nextBoolean() ? "text/plain; charset=EBCDIC" : "\u00ff"));
                }
                return request.withHeaders("odd Content-Type", headers, false);
            }
            case 5 -> {
                headers.add(Map.entry("X-Fuzz", "v".repeat(1000 + random.nextInt(200_000))));
                return request.withHeaders("huge header", headers, true);
            }
            case 6 -> {
                for (int i = 0; i < 500 + random.nextInt(2000); i++) {
                    headers.add(Map.entry("X-Many-" + i, "1"));
                }
                return request.withHeaders("many headers", headers, true);
            }
            default -> {
                headers.add(Map.entry(
                        "X-Fuzz", latin1(RandomText.codePoints(random, 20)).replaceAll("[\r\n]", "")));
                return request.withHeaders("non-ASCII header value", headers, false);
            }
        }
    }

    FuzzRequest mutateMethod(FuzzRequest request) {
        return switch (random.nextInt(6)) {
            case 0 ->
                request.withMethod("method of " + "X".repeat(10_000).length() + " letters", "X".repeat(10_000), true);
            case 1 -> request.withMethod("empty method", "", true);
            case 2 -> request.withMethod("method with a space", "PO ST", true);
            default -> {
                String method = METHODS.get(random.nextInt(METHODS.size()));
                yield request.withMethod("method " + method, method, false);
            }
        };
    }

    FuzzRequest mutatePath(FuzzRequest request) {
        String path = request.path();
        int q = path.indexOf('?');
        String rawPath = q < 0 ? path : path.substring(0, q);
        String query = q < 0 ? "" : path.substring(q + 1);
        switch (random.nextInt(6)) {
            case 0, 1 -> {
                String[] segments = rawPath.split("/", -1);
                int at = segments.length <= 1 ? 0 : 1 + random.nextInt(segments.length - 1);
                segments[at] = SEGMENTS.get(random.nextInt(SEGMENTS.size()));
                rawPath = String.join("/", segments);
            }
            case 2 -> query = (query.isEmpty() ? "" : query + "&") + QUERIES.get(random.nextInt(QUERIES.size()));
            case 3 -> rawPath = rawPath.replace("/", random.nextBoolean() ? "//" : "/./");
            case 4 -> {
                String raw = latin1(RandomText.codePoints(random, 1 + random.nextInt(6)))
                        .replaceAll("[\\s\u0000-\u001f\u007f]", "");
                return request.withPath("raw non-ASCII in the path", rawPath + "/" + raw, true);
            }
            default -> {
                String[] whole = {
                    "*",
                    "",
                    "backup-vaults/",
                    "http://127.0.0.1/backup-vaults/",
                    "/?",
                    "/#frag",
                    "/" + "a/".repeat(3000)
                };
                String chosen = whole[random.nextInt(whole.length)];
                return request.withPath("path " + shorten(chosen), chosen, chosen.isEmpty() || !chosen.startsWith("/"));
            }
        }
        String newPath = rawPath + (query.isEmpty() ? "" : "?" + query);
        return request.withPath("path " + shorten(newPath), newPath, false);
    }

    /** Broken framing: what the Content-Length says against what is sent, chunking, request-line garbage. */
    FuzzRequest mutateFraming(FuzzRequest request) {
        return switch (random.nextInt(9)) {
            case 0 ->
                request.withContentLength(
                        "Content-Length not a number",
                        List.of("abc", "1.5", "+5", " ", "0x10", "-0").get(random.nextInt(6)),
                        true);
            case 1 -> request.withContentLength("negative Content-Length", "-" + (1 + random.nextInt(100)), true);
            case 2 -> request.withContentLength("overflowing Content-Length", "99999999999999999999", true);
            case 3 ->
                request.withContentLength(
                        "Content-Length beyond the body (the client stops)",
                        String.valueOf(request.body().length + 1 + random.nextInt(1000)),
                        false);
            case 4 ->
                request.withContentLength(
                        "Content-Length short of the body",
                        String.valueOf(random.nextInt(request.body().length + 1)),
                        false);
            case 5 -> request.withContentLength("no Content-Length", "", false);
            case 6 -> {
                List<Map.Entry<String, String>> headers = new ArrayList<>(request.headers());
                headers.add(Map.entry("Content-Length", String.valueOf(request.body().length + 3)));
                yield request.withHeaders("two different Content-Lengths", headers, true);
            }
            case 7 -> {
                List<Map.Entry<String, String>> headers = new ArrayList<>(request.headers());
                headers.add(Map.entry("Transfer-Encoding", "chunked"));
                String chunked = random.nextBoolean()
                        ? Integer.toHexString(request.body().length) + "\r\n"
                                + new String(request.body(), StandardCharsets.ISO_8859_1) + "\r\n0\r\n\r\n"
                        : "zz\r\n" + new String(request.body(), StandardCharsets.ISO_8859_1);
                yield new FuzzRequest(
                        request.description() + " / chunked body",
                        request.method(),
                        request.path(),
                        headers,
                        chunked.getBytes(StandardCharsets.ISO_8859_1),
                        "",
                        true);
            }
            default -> request.withPath("broken request line", request.path() + " HTTP/9.9 extra", true);
        };
    }

    private static String latin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
