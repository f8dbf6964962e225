package io.backupconsole.sandbox.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.backupconsole.sandbox.support.Json;
import io.backupconsole.testsupport.SandboxFixture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Malformed requests, each a case the fuzzer ({@link SandboxFuzzTest}) found or that it only reaches by chance,
 * kept with the exact error the sandbox answers.
 */
class MalformedRequestTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private static final String DESCRIBE_SERVERS = ValidRequests.OPSWORKS + "DescribeServers";

    @Test
    void aBodyShorterThanItsContentLengthIsASerializationError() throws Exception {
        FuzzRequest request = FuzzRequest.json("short body", DESCRIBE_SERVERS, "{\"ServerName\":\"chef-prod\"}");
        JsonNode error = clientError(
                new FuzzRequest(
                        "short body",
                        "POST",
                        "/",
                        request.headers(),
                        request.body(),
                        String.valueOf(request.body().length + 10),
                        false),
                400);
        assertEquals("SerializationException", error.get("__type").asText());
    }

    @Test
    void textAfterTheJsonObjectIsASerializationError() throws Exception {
        JsonNode error =
                clientError(FuzzRequest.json("trailing", DESCRIBE_SERVERS, "{\"ServerName\":\"chef-prod\"} {}"), 400);
        assertEquals("SerializationException", error.get("__type").asText());
    }

    @Test
    void invalidUtf8InAStringIsASerializationError() throws Exception {
        FuzzRequest request = FuzzRequest.json("bad UTF-8", DESCRIBE_SERVERS, "")
                .withBody(
                        "bad UTF-8",
                        concat(
                                "{\"ServerName\":\"chef".getBytes(StandardCharsets.UTF_8),
                                new byte[] {(byte) 0xC0, (byte) 0x80},
                                "\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                "SerializationException",
                clientError(request, 400).get("__type").asText());
    }

    @Test
    void deeplyNestedJsonIsASerializationError() throws Exception {
        String deep = "[".repeat(50_000) + "]".repeat(50_000);
        JsonNode error = clientError(FuzzRequest.json("deep", DESCRIBE_SERVERS, "{\"ServerName\":" + deep + "}"), 400);
        assertEquals("SerializationException", error.get("__type").asText());
    }

    @Test
    void anUnpairedSurrogateEchoedInAnErrorStillGivesValidJson() throws Exception {
        JsonNode error =
                clientError(FuzzRequest.json("surrogate", DESCRIBE_SERVERS, "{\"ServerName\":\"a\\ud800b\"}"), 400);
        assertEquals("ValidationException", error.get("__type").asText());
    }

    @Test
    void aNumberBeyondLongIsAWrongTypeNotAFailure() throws Exception {
        JsonNode error = clientError(
                FuzzRequest.json("huge", DESCRIBE_SERVERS, "{\"MaxResults\":99999999999999999999999}"), 400);
        assertEquals("SerializationException", error.get("__type").asText());
    }

    @Test
    void aJsonRequestWithoutTargetIsAnUnknownRestOperation() throws Exception {
        FuzzRequest request = FuzzRequest.json("no target", DESCRIBE_SERVERS, "{}")
                .withHeaders("no target", List.of(Map.entry("Content-Type", "application/x-amz-json-1.1")), false);
        assertEquals(
                "UnknownOperationException",
                clientError(request, 404).get("Code").asText());
    }

    @Test
    void encodedSlashOrNulInAVaultNameIsAnInvalidParameter() throws Exception {
        for (String name : List.of("De%2Ffault", "De%00fault", "%ED%A0%80", "%C0%AF")) {
            JsonNode error =
                    clientError(FuzzRequest.rest(name, "GET", "/backup-vaults/" + name + "/recovery-points/", ""), 400);
            assertEquals("InvalidParameterValueException", error.get("Code").asText(), name);
        }
    }

    @Test
    void anOverflowingMaxResultsIsAnInvalidParameter() throws Exception {
        JsonNode error =
                clientError(FuzzRequest.rest("max", "GET", "/backup-vaults/?maxResults=99999999999999999999", ""), 400);
        assertEquals("InvalidParameterValueException", error.get("Code").asText());
    }

    @Test
    void aChunkedBodyIsRead() throws Exception {
        String body = "{\"ServerName\":\"chef-prod\"}";
        List<Map.Entry<String, String>> headers = new ArrayList<>(
                FuzzRequest.json("chunked", DESCRIBE_SERVERS, body).headers());
        headers.add(Map.entry("Transfer-Encoding", "chunked"));
        String chunked = Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n";
        RawHttp.Response response = SandboxFuzzTest.send(
                        sandbox.server().port(),
                        new FuzzRequest(
                                "chunked", "POST", "/", headers, chunked.getBytes(StandardCharsets.UTF_8), "", false))
                .orElseThrow();
        assertEquals(200, response.status(), response.bodyText());
    }

    private static JsonNode clientError(FuzzRequest request, int expectedStatus) throws Exception {
        RawHttp.Response response = SandboxFuzzTest.send(sandbox.server().port(), request)
                .orElseThrow(() -> new AssertionError("no answer"));
        assertEquals(expectedStatus, response.status(), response.bodyText());
        assertTrue(
                SandboxFuzzTest.problem(sandbox.server().port(), request).isEmpty(),
                () -> SandboxFuzzTest.problem(sandbox.server().port(), request).orElseThrow());
        return Json.MAPPER.readTree(response.body());
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
