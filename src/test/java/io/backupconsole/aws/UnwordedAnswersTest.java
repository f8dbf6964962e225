package io.backupconsole.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.testsupport.StandardServices;
import io.backupconsole.testsupport.TestClients;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Answers that carry less than AWS's (no error code, no message), as gateways and emulators give them, reach the
 * user as words that name the call: through the real SDK clients over HTTP to a server that answers just that.
 */
class UnwordedAnswersTest {
    private static HttpServer server;
    private static volatile int status;
    private static volatile String body;
    private static ClientFactory clients;
    private static ServiceAdapters adapters;

    @BeforeAll
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                byte[] answer = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
                exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
                exchange.getResponseBody().write(answer);
            }
        });
        server.start();
        Map<AwsService, URI> endpoints = new LinkedHashMap<>();
        for (AwsService service : StandardServices.registry().services()) {
            endpoints.put(
                    service,
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
        }
        clients = TestClients.factory();
        adapters = clients.connect(new Connection.Endpoint(endpoints, "us-east-1"));
    }

    @AfterAll
    static void stop() {
        adapters.close();
        clients.close();
        server.stop(0);
    }

    @Test
    void aServerErrorWithoutACodeNamesTheCallAndTheStatus() {
        ServiceFailure failure = listFileSystems(500, "");

        assertEquals(
                "FSx DescribeFileSystems answered HTTP 500 with no error code: the service failed on its side. Try"
                        + " again later; if it goes on, the endpoint may not implement this call.",
                failure.getMessage());
        assertEquals("", failure.errorCode());
    }

    @Test
    void aClientErrorWithoutACodeSuggestsTheEndpoint() {
        ServiceFailure failure = listFileSystems(404, "<html>Not Found</html>");

        assertEquals(
                "FSx DescribeFileSystems answered HTTP 404 with no error code: something other than the service may"
                        + " be answering. Check the endpoint URL.",
                failure.getMessage());
    }

    @Test
    void anUnknownCodeWithoutAMessageNamesTheCallAndKeepsTheCode() {
        ServiceFailure failure = listFileSystems(400, "{\"__type\":\"GatewayRefusal\"}");

        assertEquals(
                "FSx DescribeFileSystems answered HTTP 400 with error code GatewayRefusal and no message: it refused the"
                        + " request.",
                failure.getMessage());
        assertEquals("GatewayRefusal", failure.errorCode());
    }

    @Test
    void aKnownCodeWithoutAMessageGetsTheCatalogsWords() {
        ServiceFailure failure = listFileSystems(400, "{\"__type\":\"BadRequest\"}");

        assertEquals("FSx found the request not valid; correct it and send it again.", failure.getMessage());
        assertEquals("BadRequest", failure.errorCode());
    }

    @Test
    void theServicesOwnMessageIsKept() {
        ServiceFailure failure =
                listFileSystems(400, "{\"__type\":\"BadRequest\",\"Message\":\"The request is not valid.\"}");

        assertEquals("The request is not valid. Correct it and send it again.", failure.getMessage());
    }

    private static ServiceFailure listFileSystems(int answerStatus, String answerBody) {
        status = answerStatus;
        body = answerBody;
        return assertThrows(
                ServiceFailure.class, () -> adapters.get(AwsService.FSX).listResources());
    }
}
