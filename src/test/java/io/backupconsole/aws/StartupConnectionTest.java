package io.backupconsole.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.AwsService;
import io.backupconsole.testsupport.StandardServices;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartupConnectionTest {

    @Test
    void noConfigurationMeansTheBuiltInSandbox() {
        StartupConnection start = StartupConnection.resolve(
                StandardServices.registry(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
        assertTrue(start.usesBuiltInSandbox());
        assertEquals("us-east-1", start.region());
        assertFalse(start.regionExplicit(), "a remembered region may be used");
    }

    @Test
    void awsProfileAndRegionFromTheEnvironment() {
        StartupConnection start = StartupConnection.resolve(
                StandardServices.registry(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Map.of("AWS_PROFILE", "work", "AWS_REGION", "eu-west-1"));
        assertFalse(start.usesBuiltInSandbox());
        Connection.Profile profile = assertInstanceOf(Connection.Profile.class, start.connection());
        assertEquals("work", profile.profileName());
        assertEquals("eu-west-1", profile.region());
        assertTrue(profile.reachesAws(AwsService.OPSWORKS_CM));
    }

    @Test
    void commandLineWinsOverEnvironment() {
        StartupConnection start = StartupConnection.resolve(
                StandardServices.registry(),
                Optional.of("cli"),
                Optional.of("ap-south-1"),
                Optional.empty(),
                Map.of("AWS_PROFILE", "env", "AWS_REGION", "eu-west-1"));
        assertEquals(Optional.of("cli"), start.profile());
        assertEquals("ap-south-1", start.region());
        assertTrue(start.regionExplicit());
    }

    @Test
    void endpointUrlAloneConnectsToThatEndpoint() {
        StartupConnection start = StartupConnection.resolve(
                StandardServices.registry(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("http://127.0.0.1:4566"),
                Map.of());
        Connection.Endpoint endpoint = assertInstanceOf(Connection.Endpoint.class, start.connection());
        assertEquals(Optional.of(URI.create("http://127.0.0.1:4566")), endpoint.endpointFor(AwsService.LIGHTSAIL));
        assertFalse(endpoint.reachesAws(AwsService.OPSWORKS_CM));
    }
}
