package io.backupconsole.sandbox.fsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.testsupport.SandboxFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.fsx.FSxClient;
import software.amazon.awssdk.services.fsx.model.Backup;
import software.amazon.awssdk.services.fsx.model.BackupType;
import software.amazon.awssdk.services.fsx.model.Filter;
import software.amazon.awssdk.services.fsx.model.FilterName;
import software.amazon.awssdk.services.fsx.model.InternalServerErrorException;
import software.amazon.awssdk.services.fsx.model.ServiceLimit;
import software.amazon.awssdk.services.fsx.model.ServiceLimitExceededException;

/** Fault modes, the backup quota and malformed requests against the FSx simulator. */
class FsxSandboxFaultsTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private static FSxClient fsx() {
        return sandbox.clients().fsx();
    }

    private static void faults(double throttle, double serverError, double lostResponse, String operation) {
        sandbox.configure(c -> new SandboxConfig(
                c.timeScale(),
                c.backupFailureRate(),
                c.latencyMs(),
                throttle,
                serverError,
                lostResponse,
                List.of(operation),
                c.seed()));
    }

    private static List<Backup> userBackups() {
        return fsx()
                .describeBackupsPaginator(b -> b.filters(Filter.builder()
                        .name(FilterName.BACKUP_TYPE)
                        .values("USER_INITIATED")
                        .build()))
                .stream()
                .flatMap(p -> p.backups().stream())
                .toList();
    }

    @Test
    void throttledCallsAreRetriedBySdk() {
        faults(0.5, 0, 0, "fsx:DescribeFileSystems");
        // Immediate retries with a generous budget keep the test fast and independent of the random draws.
        try (FSxClient patient = FSxClient.builder()
                .endpointOverride(sandbox.server().endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(20)
                        .backoffStrategy(BackoffStrategy.retryImmediately())
                        .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                        .build()))
                .build()) {
            for (int i = 0; i < 10; i++) {
                assertEquals(
                        7, patient.describeFileSystems(b -> {}).fileSystems().size());
            }
        }
        assertTrue(sandbox.count("fsx:DescribeFileSystems") > 10, "some calls were throttled and retried");
    }

    @Test
    void serverErrorsSurfaceAfterRetries() {
        faults(0, 1.0, 0, "fsx:DescribeBackups");
        assertThrows(InternalServerErrorException.class, () -> fsx().describeBackups(b -> {}));
        assertTrue(sandbox.count("fsx:DescribeBackups") > 1, "5xx answers are retried");
    }

    @Test
    void lostResponsesOnCreateBackupCreateExactlyOneBackup() {
        int before = userBackups().size();
        faults(0, 0, 1.0, "fsx:CreateBackup");
        assertThrows(SdkClientException.class, () -> fsx().createBackup(b -> b.fileSystemId(FsxSeed.WINDOWS)));
        long attempts = sandbox.count("fsx:CreateBackup");
        assertTrue(attempts > 1, "the SDK retried the lost answer, with the same auto-filled token");
        sandbox.configure(c -> SandboxFixture.TEST_CONFIG);
        List<Backup> after = userBackups();
        assertEquals(before + 1, after.size(), "the retries reused the token and created nothing more");
    }

    @Test
    void retryOfALostCreateWithTheCallersTokenFindsTheBackup() {
        faults(0, 0, 1.0, "fsx:CreateBackup");
        assertThrows(
                SdkClientException.class,
                () -> fsx().createBackup(b -> b.fileSystemId(FsxSeed.OPENZFS).clientRequestToken("user-action-7")));
        sandbox.configure(c -> SandboxFixture.TEST_CONFIG);
        Backup again = fsx().createBackup(b -> b.fileSystemId(FsxSeed.OPENZFS).clientRequestToken("user-action-7"))
                .backup();
        List<Backup> mine = userBackups().stream()
                .filter(b -> b.fileSystem().fileSystemId().equals(FsxSeed.OPENZFS))
                .toList();
        assertEquals(2, mine.size(), "the seeded one and the one created by the lost call");
        assertTrue(mine.stream().anyMatch(b -> b.backupId().equals(again.backupId())));
    }

    @Test
    void latencyDelaysAnswers() {
        sandbox.configure(c -> new SandboxConfig(c.timeScale(), 0, 300, 0, 0, 0, List.of(), c.seed()));
        long start = System.nanoTime();
        fsx().describeFileSystems(b -> {});
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 300);
    }

    @Test
    void userInitiatedBackupsHaveARegionalLimit() throws Exception {
        int existing = userBackups().size();
        List<String> eligible = List.of(FsxSeed.WINDOWS, FsxSeed.LUSTRE_PERSISTENT, FsxSeed.OPENZFS);
        // Thousands of backups: filled over plain HTTP (unsigned requests land in us-east-1), which is much cheaper
        // than the SDK's signing and retry machinery; the refusal itself is checked through the SDK below.
        HttpClient http = HttpClient.newHttpClient();
        for (int made = existing; made < FsxBackupOperations.USER_INITIATED_BACKUP_LIMIT; made++) {
            if (made % eligible.size() == 0) {
                sandbox.server().clock().advance(Duration.ofMinutes(10));
            }
            HttpResponse<String> created =
                    post(http, "CreateBackup", "{\"FileSystemId\": \"" + eligible.get(made % eligible.size()) + "\"}");
            assertEquals(200, created.statusCode(), created.body());
        }
        sandbox.server().clock().advance(Duration.ofMinutes(10));
        ServiceLimitExceededException limit = assertThrows(
                ServiceLimitExceededException.class, () -> fsx().createBackup(b -> b.volumeId(FsxSeed.ONTAP_RW)));
        assertEquals(ServiceLimit.TOTAL_USER_INITIATED_BACKUPS, limit.limit());
        // Automatic and AWS Backup backups do not count; deleting a user backup frees a slot.
        assertEquals(
                BackupType.USER_INITIATED,
                fsx().describeBackups(b -> b.backupIds("backup-0a1b2c3d4e5f61002"))
                        .backups()
                        .get(0)
                        .type());
        fsx().deleteBackup(b -> b.backupId("backup-0a1b2c3d4e5f61002"));
        fsx().createBackup(b -> b.volumeId(FsxSeed.ONTAP_RW));
        assertTrue(
                sandbox.clients("eu-west-1")
                        .fsx()
                        .createBackup(b -> b.fileSystemId(FsxSeed.EU_WINDOWS))
                        .backup()
                        .backupId()
                        .startsWith("backup-"),
                "the limit is per region");
    }

    @Test
    void malformedRequestsAreSerializationErrors() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> badJson = post(http, "DescribeFileSystems", "{\"FileSystemIds\": [");
        assertEquals(400, badJson.statusCode());
        assertTrue(badJson.body().contains("SerializationException"), badJson.body());
        HttpResponse<String> wrongType =
                post(http, "DescribeFileSystems", "{\"FileSystemIds\": \"fs-0a1b2c3d4e5f60001\"}");
        assertEquals(400, wrongType.statusCode());
        assertTrue(wrongType.body().contains("SerializationException"), wrongType.body());
        HttpResponse<String> wrongTag =
                post(http, "CreateBackup", "{\"FileSystemId\": \"fs-0a1b2c3d4e5f60001\", \"Tags\": [\"Name\"]}");
        assertTrue(wrongTag.body().contains("SerializationException"), wrongTag.body());
        HttpResponse<String> missing = post(http, "DeleteBackup", "{}");
        assertTrue(
                missing.body().contains("\"__type\":\"BadRequest\"")
                        && missing.body().contains("BackupId"),
                missing.body());
        HttpResponse<String> wrongNumber = post(http, "DescribeBackups", "{\"MaxResults\": \"5\"}");
        assertTrue(wrongNumber.body().contains("SerializationException"), wrongNumber.body());
    }

    private static HttpResponse<String> post(HttpClient http, String operation, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.server().endpoint() + "/"))
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", "AWSSimbaAPIService_v20180301." + operation)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
