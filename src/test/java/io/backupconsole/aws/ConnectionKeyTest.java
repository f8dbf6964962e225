package io.backupconsole.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.backupconsole.domain.AwsService;
import io.backupconsole.testsupport.StandardServices;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A journalled job's connection key rebuilds the very connection it was started on (the tracker polls with it). */
class ConnectionKeyTest {
    private static final URI SANDBOX = URI.create("http://127.0.0.1:4566");

    private static Connection roundTrip(Connection connection) {
        return Connection.fromKey(connection.key(), connection.region(), () -> SANDBOX, StandardServices.registry());
    }

    @Test
    void aProfileWithAnEndpointOverrideIsPolledAtThatEndpointNotAtRealAws() {
        Connection started = new Connection.Profile(
                "work",
                "eu-west-1",
                Map.of(AwsService.FSX, URI.create("http://localhost:9000/fsx"), AwsService.BACKUP, SANDBOX));
        Connection rebuilt = roundTrip(started);
        assertEquals(started, rebuilt);
        assertEquals(
                URI.create("http://localhost:9000/fsx"),
                rebuilt.endpointFor(AwsService.FSX).orElseThrow());
    }

    @Test
    void aPlainProfileAndTheSandboxKeepTheirShortKeys() {
        Connection plain = new Connection.Profile("work", "us-east-1", Map.of());
        assertEquals("profile:work", plain.key(), "journals written before overrides were keyed still read");
        assertEquals(plain, roundTrip(plain));
        assertEquals(
                new Connection.Sandbox(SANDBOX, "us-east-1"),
                Connection.fromKey("sandbox", "us-east-1", () -> SANDBOX, StandardServices.registry()));
    }

    @Test
    void anEndpointConnectionKeepsEachServicesUrl() {
        Map<AwsService, URI> endpoints = new LinkedHashMap<>();
        for (AwsService service : StandardServices.registry().services()) {
            endpoints.put(service, URI.create("http://127.0.0.1:4566"));
        }
        Connection same = new Connection.Endpoint(endpoints, "us-east-1");
        assertEquals("endpoint:http://127.0.0.1:4566", same.key());
        assertEquals(same, roundTrip(same));
        endpoints.put(AwsService.LIGHTSAIL, URI.create("http://127.0.0.1:5000"));
        Connection mixed = new Connection.Endpoint(endpoints, "us-east-1");
        assertEquals(mixed, roundTrip(mixed));
    }
}
