package io.backupconsole.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.backupconsole.sandbox.support.Json;
import io.backupconsole.testsupport.SandboxFixture;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The endpoint itself: admin API, protocol errors for malformed requests, and where it listens. */
class SandboxCoreTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void configCanBeReadAndPartlyChanged() throws Exception {
        JsonNode changed = post("/_sandbox/config", "{\"throttleRate\":0.25,\"latencyMs\":5}", 200);
        assertEquals(0.25, changed.get("throttleRate").asDouble());
        assertEquals(5, changed.get("latencyMs").asLong());
        assertEquals(600.0, changed.get("timeScale").asDouble(), "untouched members keep their value");
        JsonNode read = get("/_sandbox/config", 200);
        assertEquals(0.25, read.get("throttleRate").asDouble());
        assertEquals(0.25, sandbox.server().config().throttleRate());
    }

    @Test
    void invalidConfigIsRefusedAndNothingChanges() throws Exception {
        JsonNode answer = post("/_sandbox/config", "{\"throttleRate\":2}", 400);
        assertTrue(answer.get("message").asText().contains("throttleRate"), answer.toString());
        post("/_sandbox/config", "{\"noSuchKnob\":1}", 400);
        post("/_sandbox/config", "[1,2]", 400);
        post("/_sandbox/config", "{not json", 400);
        assertEquals(0.0, sandbox.server().config().throttleRate());
    }

    @Test
    void aForcedErrorAnswersEveryCallOfItsOperationWithItsCodeAndStatus() throws Exception {
        post(
                "/_sandbox/config",
                "{\"forcedErrors\":[{\"operation\":\"fsx:DescribeFileSystems\",\"status\":418,"
                        + "\"code\":\"TeapotException\"}]}",
                200);

        HttpResponse<String> forced = send(json("AWSSimbaAPIService_v20180301.DescribeFileSystems", "{}"));
        assertEquals(418, forced.statusCode(), forced.body());
        assertEquals(
                "TeapotException",
                Json.MAPPER.readTree(forced.body()).get("__type").asText());
        assertEquals(1, sandbox.count("fsx:DescribeFileSystems"), "counted like any call");
        HttpResponse<String> other = send(json("AWSSimbaAPIService_v20180301.DescribeVolumes", "{}"));
        assertEquals(200, other.statusCode(), "other operations answer as usual: " + other.body());

        JsonNode refused = post(
                "/_sandbox/config",
                "{\"forcedErrors\":[{\"operation\":\"fsx:DescribeFileSystems\",\"status\":200,"
                        + "\"code\":\"Fine\"}]}",
                400);
        assertTrue(refused.get("message").asText().contains("forcedErrors"), refused.toString());
        assertEquals(1, sandbox.server().config().forcedErrors().size(), "an invalid change changes nothing");
    }

    @Test
    void timeScaleChangesHowFastSimulatedTimeRuns() throws Exception {
        post("/_sandbox/config", "{\"timeScale\":3600}", 200);
        assertEquals(3600.0, sandbox.server().clock().timeScale());
    }

    @Test
    void resetZeroesTheCounters() throws Exception {
        send(HttpRequest.newBuilder(uri("/"))
                .header("X-Amz-Target", "Nope.Op")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
        sandbox.server().stats().count("fsx:DescribeFileSystems");
        assertEquals(
                1,
                get("/_sandbox/stats", 200)
                        .get("requests")
                        .get("fsx:DescribeFileSystems")
                        .asLong());
        post("/_sandbox/reset", "", 200);
        assertEquals(0, get("/_sandbox/stats", 200).get("requests").size());
    }

    @Test
    void unknownJsonOperationIsAnAwsStyleClientError() throws Exception {
        HttpResponse<String> response = send(json("AWSSimbaAPIService_v20180301.LaunchRocket", "{}"));
        assertEquals(400, response.statusCode());
        assertEquals(
                "UnknownOperationException",
                Json.MAPPER.readTree(response.body()).get("__type").asText());
        assertEquals(
                "UnknownOperationException",
                response.headers().firstValue("x-amzn-ErrorType").orElseThrow());
    }

    @Test
    void unknownTargetPrefixIsAClientError() throws Exception {
        assertEquals(400, send(json("NoSuchService_2020.Describe", "{}")).statusCode());
    }

    @Test
    void unknownRestPathIsNotFound() throws Exception {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(uri("/no/such/resource")).GET().build());
        assertEquals(404, response.statusCode());
        assertEquals(
                "UnknownOperationException",
                Json.MAPPER.readTree(response.body()).get("Code").asText());
    }

    @Test
    void badJsonIsASerializationError() throws Exception {
        HttpResponse<String> response = send(json("AWSSimbaAPIService_v20180301.LaunchRocket", "{\"a\": "));
        assertEquals(400, response.statusCode());
        assertEquals(
                "SerializationException",
                Json.MAPPER.readTree(response.body()).get("__type").asText());
        HttpResponse<String> array = send(json("Lightsail_20161128.GetOperations", "[]"));
        assertEquals(400, array.statusCode());
        assertEquals(
                "SerializationException",
                Json.MAPPER.readTree(array.body()).get("__type").asText());
    }

    @Test
    void hugeBodyIsRefusedWithoutCrashing() throws Exception {
        String huge = "{\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
        HttpResponse<String> response = send(json("AWSSimbaAPIService_v20180301.DescribeFileSystems", huge));
        assertEquals(413, response.statusCode());
        assertEquals(
                "RequestEntityTooLargeException",
                Json.MAPPER.readTree(response.body()).get("__type").asText());
        assertEquals(
                200,
                send(HttpRequest.newBuilder(uri("/_sandbox/stats")).GET().build())
                        .statusCode(),
                "the sandbox still answers afterwards");
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        int port = sandbox.server().port();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address.isLoopbackAddress() || address.isLinkLocalAddress()) {
                    continue;
                }
                try (Socket socket = new Socket(address, port)) {
                    throw new AssertionError("Sandbox reachable on " + address);
                } catch (ConnectException expected) {
                    // Refused on a non-loopback address: as intended.
                }
            }
        }
    }

    private HttpRequest json(String target, String body) {
        return HttpRequest.newBuilder(uri("/"))
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", target)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private JsonNode get(String path, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(uri(path)).GET().build());
        assertEquals(expectedStatus, response.statusCode(), response.body());
        return Json.MAPPER.readTree(response.body());
    }

    private JsonNode post(String path, String body, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        assertEquals(expectedStatus, response.statusCode(), response.body());
        return Json.MAPPER.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return sandbox.server().endpoint().resolve(path);
    }
}
