package io.backupconsole.sandbox.awsbackup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.testsupport.SandboxFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.ServiceUnavailableException;
import software.amazon.awssdk.services.backup.model.StartBackupJobRequest;

/** AWS Backup under the sandbox's fault modes, and malformed requests sent without the SDK. */
class AwsBackupSandboxFaultsTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    static final String EBS = AwsBackupSandboxTest.EBS;

    static SandboxConfig faults(
            SandboxConfig base,
            double throttle,
            double serverError,
            double lost,
            long latencyMs,
            List<String> operations) {
        return new SandboxConfig(
                1.0, base.backupFailureRate(), latencyMs, throttle, serverError, lost, operations, base.seed());
    }

    BackupClient backup() {
        return sandbox.clients().backup();
    }

    int jobsOf(String arn) {
        return (int) backup().listBackupJobsPaginator(r -> r.byResourceArn(arn)).backupJobs().stream()
                .count();
    }

    @Test
    void throttledCallsAreRetriedBySdk() {
        sandbox.configure(c -> faults(c, 0.5, 0, 0, 0, List.of("backup:ListBackupVaults")));
        for (int i = 0; i < 6; i++) {
            assertEquals(4, backup().listBackupVaults(r -> {}).backupVaultList().size());
        }
        assertTrue(sandbox.count("backup:ListBackupVaults") > 6, "the SDK retried throttled calls");
    }

    @Test
    void serverErrorSurfacesAsServiceUnavailableAfterRetries() {
        sandbox.configure(c -> faults(c, 0, 1.0, 0, 0, List.of("backup:DescribeRegionSettings")));
        assertThrows(ServiceUnavailableException.class, () -> backup().describeRegionSettings(r -> {}));
        assertTrue(sandbox.count("backup:DescribeRegionSettings") > 1, "5xx is retried");
    }

    @Test
    void lostResponsesOnStartCreateExactlyOneJob() {
        int before = jobsOf(EBS);
        sandbox.configure(c -> faults(c, 0, 0, 1.0, 0, List.of("backup:StartBackupJob")));
        StartBackupJobRequest request = AwsBackupSandboxTest.start(EBS)
                .idempotencyToken("console-click-1")
                .build();
        assertThrows(SdkClientException.class, () -> backup().startBackupJob(request));
        long attempts = sandbox.count("backup:StartBackupJob");
        assertTrue(attempts > 1, "the SDK retried with the same token, attempts " + attempts);
        sandbox.configure(c -> faults(c, 0, 0, 0, 0, List.of()));
        assertEquals(before + 1, jobsOf(EBS), "every attempt after the first was an idempotent retry");
        String id = backup().startBackupJob(request).backupJobId();
        assertEquals(before + 1, jobsOf(EBS), "the user's retry with the same token finds the same job");
        assertEquals(
                id,
                backup().listBackupJobs(r -> r.byResourceArn(EBS))
                        .backupJobs()
                        .getFirst()
                        .backupJobId());
    }

    @Test
    void lostResponseWithSdkGeneratedTokenStillCreatesOneJob() {
        int before = jobsOf(EBS);
        sandbox.configure(c -> faults(c, 0, 0, 1.0, 0, List.of("backup:StartBackupJob")));
        assertThrows(
                SdkClientException.class,
                () -> backup().startBackupJob(AwsBackupSandboxTest.start(EBS).build()));
        sandbox.configure(c -> faults(c, 0, 0, 0, 0, List.of()));
        assertEquals(before + 1, jobsOf(EBS), "the SDK's auto-filled token is reused on its retries");
    }

    @Test
    void latencyDelaysButAnswers() {
        sandbox.configure(c -> faults(c, 0, 0, 0, 300, List.of()));
        long started = System.nanoTime();
        assertEquals(4, backup().listBackupVaults(r -> {}).backupVaultList().size());
        assertTrue(System.nanoTime() - started >= 300_000_000L);
    }

    @Test
    void malformedBodiesAreSerializationExceptions() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String body : List.of(
                "{not json",
                "[1,2]",
                "{\"BackupVaultName\":\"Default\",\"ResourceArn\":\"" + EBS
                        + "\",\"IamRoleArn\":\"r\",\"StartWindowMinutes\":\"abc\"}",
                "{\"BackupVaultName\":7}",
                "{\"BackupVaultName\":\"Default\",\"RecoveryPointTags\":{\"a\":1}}")) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(sandbox.server().endpoint() + "/backup-jobs"))
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, response.statusCode(), body);
            assertEquals(
                    "SerializationException",
                    response.headers().firstValue("x-amzn-ErrorType").orElse(""),
                    body);
        }
        HttpResponse<String> badQuery = http.send(
                HttpRequest.newBuilder(URI.create(sandbox.server().endpoint() + "/backup-jobs/?createdAfter=yesterday"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, badQuery.statusCode());
        assertTrue(
                badQuery.body().contains("InvalidParameterValueException")
                        && badQuery.body().contains("ByCreatedAfter"),
                badQuery.body());
    }
}
