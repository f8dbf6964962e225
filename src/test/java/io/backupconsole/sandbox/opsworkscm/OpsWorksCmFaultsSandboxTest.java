package io.backupconsole.sandbox.opsworkscm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.testsupport.SandboxFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.opsworkscm.OpsWorksCmClient;
import software.amazon.awssdk.services.opsworkscm.model.Backup;
import software.amazon.awssdk.services.opsworkscm.model.BackupType;
import software.amazon.awssdk.services.opsworkscm.model.InvalidStateException;
import software.amazon.awssdk.services.opsworkscm.model.OpsWorksCmException;

/** Fault injection and malformed requests against the simulated OpsWorks CM. */
class OpsWorksCmFaultsSandboxTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private OpsWorksCmClient client() {
        return sandbox.clients().opsWorksCm();
    }

    private static SandboxConfig faults(
            SandboxConfig base,
            double throttle,
            double serverError,
            double lost,
            long latencyMs,
            List<String> operations) {
        return new SandboxConfig(
                base.timeScale(),
                base.backupFailureRate(),
                latencyMs,
                throttle,
                serverError,
                lost,
                operations,
                base.seed());
    }

    @Test
    void throttledCallsAreRetriedBySdkAndSucceed() {
        sandbox.configure(c -> faults(c, 0.5, 0, 0, 0, List.of("opsworkscm:DescribeServers")));
        int calls = 4;
        for (int i = 0; i < calls; i++) {
            assertEquals(7, client().describeServers(r -> {}).servers().size());
        }
        assertTrue(
                sandbox.count("opsworkscm:DescribeServers") > calls,
                "requests: " + sandbox.count("opsworkscm:DescribeServers"));
    }

    @Test
    void serverErrorsAreRetriedThenSurface() {
        sandbox.configure(c -> faults(c, 0, 1.0, 0, 0, List.of()));
        OpsWorksCmException failure =
                assertThrows(OpsWorksCmException.class, () -> client().describeBackups(r -> r.serverName("chef-prod")));
        assertEquals(500, failure.statusCode());
        assertEquals("InternalFailure", failure.awsErrorDetails().errorCode());
        assertTrue(sandbox.count("opsworkscm:DescribeBackups") > 1, "the SDK retried a 500");
    }

    @Test
    void aLostCreateResponseStillStartedExactlyOneBackup() {
        int manualBefore = manualBackups("chef-prod");
        sandbox.configure(
                c -> faults(c, 0, 0, 1.0, 0, List.of("opsworkscm:CreateBackup")).withTimeScale(1.0));
        // CreateBackup has no idempotency token: the SDK's retry finds the server BACKING_UP (errors are never
        // dropped by the fault, only successful answers are).
        InvalidStateException retried =
                assertThrows(InvalidStateException.class, () -> client().createBackup(r -> r.serverName("chef-prod")));
        assertTrue(
                List.of(retried.getSuppressed()).stream().anyMatch(SdkClientException.class::isInstance),
                "the first attempt lost its answer");
        assertTrue(sandbox.count("opsworkscm:CreateBackup") >= 2);

        sandbox.configure(c -> faults(c, 0, 0, 0, 0, List.of()));
        assertEquals(
                manualBefore + 1,
                manualBackups("chef-prod"),
                "the first attempt took effect; retries met a BACKING_UP server");
        assertEquals(
                "BACKING_UP",
                client().describeServers(r -> r.serverName("chef-prod"))
                        .servers()
                        .getFirst()
                        .statusAsString());
    }

    private int manualBackups(String serverName) {
        return (int) client().describeBackups(r -> r.serverName(serverName)).backups().stream()
                .filter(b -> b.backupType() == BackupType.MANUAL)
                .map(Backup::backupId)
                .count();
    }

    @Test
    void latencyDelaysTheAnswer() {
        sandbox.configure(c -> faults(c, 0, 0, 0, 300, List.of()));
        long started = System.nanoTime();
        client().describeServers(r -> r.serverName("chef-prod"));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 300);
    }

    @Test
    void malformedRequestsAreSerializationExceptions() throws IOException, InterruptedException {
        HttpResponse<String> badJson = post("DescribeServers", "{\"ServerName\":");
        assertEquals(400, badJson.statusCode());
        assertTrue(badJson.body().contains("SerializationException"), badJson.body());

        HttpResponse<String> wrongType = post("CreateBackup", "{\"ServerName\": 5}");
        assertEquals(400, wrongType.statusCode());
        assertTrue(wrongType.body().contains("SerializationException"), wrongType.body());

        HttpResponse<String> wrongTags =
                post("CreateBackup", "{\"ServerName\": \"chef-prod\", \"Tags\": {\"k\": \"v\"}}");
        assertEquals(400, wrongTags.statusCode());
        assertTrue(wrongTags.body().contains("SerializationException"), wrongTags.body());

        HttpResponse<String> invalid = post("CreateBackup", "{\"ServerName\": \"-x\"}");
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("\"__type\":\"ValidationException\""), invalid.body());
        assertTrue(invalid.body().contains("\"Message\""), invalid.body());
    }

    private static HttpResponse<String> post(String operation, String body) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(sandbox.server().endpoint() + "/"))
                    .header("Content-Type", "application/x-amz-json-1.1")
                    .header("X-Amz-Target", "OpsWorksCM_V2016_11_01." + operation)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
