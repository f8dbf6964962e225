package io.backupconsole.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.AwsService;
import io.backupconsole.testsupport.StandardServices;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EndpointOverridesTest {

    @Test
    void serviceSpecificVariableWinsOverTheGlobalOne() {
        Map<AwsService, URI> overrides = EndpointOverrides.resolve(
                StandardServices.registry(),
                Map.of(
                        "AWS_ENDPOINT_URL", "http://127.0.0.1:4566",
                        "AWS_ENDPOINT_URL_FSX", "http://127.0.0.1:9000"),
                Optional.empty());
        assertEquals(URI.create("http://127.0.0.1:9000"), overrides.get(AwsService.FSX));
        assertEquals(URI.create("http://127.0.0.1:4566"), overrides.get(AwsService.OPSWORKS_CM));
        assertEquals(4, overrides.size());
    }

    @Test
    void commandLineWinsOverTheEnvironment() {
        Map<AwsService, URI> overrides = EndpointOverrides.resolve(
                StandardServices.registry(),
                Map.of("AWS_ENDPOINT_URL_BACKUP", "http://a:1"),
                Optional.of("http://b:2"));
        assertEquals(URI.create("http://b:2"), overrides.get(AwsService.BACKUP));
    }

    @Test
    void onlyNamedServicesAreOverridden() {
        Map<AwsService, URI> overrides = EndpointOverrides.resolve(
                StandardServices.registry(),
                Map.of("AWS_ENDPOINT_URL_OPSWORKSCM", "http://127.0.0.1:1"),
                Optional.empty());
        assertEquals(Map.of(AwsService.OPSWORKS_CM, URI.create("http://127.0.0.1:1")), overrides);
    }

    @Test
    void malformedUrlIsRefusedWithItsValue() {
        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class,
                () -> EndpointOverrides.resolve(
                        StandardServices.registry(), Map.of("AWS_ENDPOINT_URL", "localhost:4566"), Optional.empty()));
        assertTrue(error.getMessage().contains("localhost:4566"));
    }
}
