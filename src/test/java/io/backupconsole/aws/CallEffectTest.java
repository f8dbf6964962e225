package io.backupconsole.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.backupconsole.aws.fsx.FsxAdapter;
import io.backupconsole.aws.fsx.FsxModule;
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.domain.ServiceFailure.Kind;
import io.backupconsole.sandbox.ForcedError;
import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.testsupport.SandboxFixture;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.fsx.FSxClient;

/**
 * Whether a failed create may have taken effect, decided from what came back, through the real FSx client over
 * HTTP: the sandbox (with a forced error where it never answers so by itself), and for the two answers it cannot give
 * in sequence (a 5xx then a 4xx; no answer at all) a stub server.
 */
class CallEffectTest {
    private static final String FILE_SYSTEM = "fs-0a1b2c3d4e5f60001";
    private static final AwsCredentialsProvider KEYS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("sandbox", "sandbox"));

    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private static ServiceFailure createBackupFails(FsxAdapter fsx) {
        return assertThrows(
                ServiceFailure.class,
                () -> fsx.createBackup(
                        FILE_SYSTEM, "nightly", List.of(), UUID.randomUUID().toString()));
    }

    private static ServiceFailure createBackupFails() {
        return createBackupFails(new FsxAdapter(sandbox.clients().fsx()));
    }

    private static void force(int status, String code, String message) {
        sandbox.configure(c -> c.withForcedErrors(List.of(new ForcedError("fsx:CreateBackup", status, code, message))));
    }

    @Test
    void anUnmodelledFourHundredIsARefusalInTheServicesWords() {
        force(400, "BackupQuotaReviewException", "Backups are paused while your quota is reviewed.");

        ServiceFailure refused = createBackupFails();

        assertFalse(refused.mayHaveTakenEffect());
        assertFalse(refused.settlesEarlierSends(), "an unknown reason settles no earlier send");
        assertEquals(Kind.REFUSED, refused.kind());
        assertEquals("BackupQuotaReviewException", refused.errorCode());
        assertEquals("Backups are paused while your quota is reviewed.", refused.getMessage());
        assertEquals(1, sandbox.count("fsx:CreateBackup"), "a refusal is not retried by the SDK");
    }

    @Test
    void anUnmodelledCodeWithoutAMessageIsNamedWithItsStatus() {
        force(409, "BackupQuotaReviewException", null);

        ServiceFailure refused = createBackupFails();

        assertFalse(refused.mayHaveTakenEffect());
        assertEquals(
                "FSx CreateBackup answered HTTP 409 with error code BackupQuotaReviewException and no message: it"
                        + " refused the request.",
                refused.getMessage());
    }

    @Test
    void aModelledRefusalIsInTheCatalogsWords() {
        force(400, "ServiceLimitExceeded", null);

        ServiceFailure refused = createBackupFails();

        assertFalse(refused.mayHaveTakenEffect());
        assertTrue(refused.settlesEarlierSends());
        assertEquals(Kind.LIMIT_EXCEEDED, refused.kind());
        assertEquals(
                "An FSx quota is reached; delete backups you no longer need, or ask AWS for a higher quota.",
                refused.getMessage());
    }

    @Test
    void aCallThatGotNoAnswerInTimeWasNotReachedAndMayHaveTakenEffect() {
        for (SdkClientException timeout :
                List.of(ApiCallTimeoutException.create(30_000), ApiCallAttemptTimeoutException.create(10_000))) {
            ServiceFailure timedOut = AwsErrors.translate(timeout);

            assertEquals(Kind.NETWORK, timedOut.kind(), "a timeout counts towards 'unreachable', as a refusal does");
            assertTrue(timedOut.mayHaveTakenEffect(), "the request may have been received");
            assertTrue(timedOut.getMessage().contains("got no answer in time"), timedOut.getMessage());
        }
    }

    @Test
    void anUnmodelledFiveHundredMayHaveTakenEffect() {
        force(503, "GatewayHiccup", "Try later.");

        ServiceFailure unknown = createBackupFails();

        assertTrue(unknown.mayHaveTakenEffect());
        assertEquals(Kind.SERVICE, unknown.kind());
    }

    @Test
    void throttlingAfterTheSdksRetriesIsARefusalThatSettlesNothing() {
        sandbox.configure(
                c -> new SandboxConfig(c.timeScale(), 0, 0, 1.0, 0, 0, List.of("fsx:CreateBackup"), c.seed()));

        ServiceFailure throttled = createBackupFails();

        assertTrue(sandbox.count("fsx:CreateBackup") > 1, "the SDK retried the throttled call");
        assertEquals(Kind.THROTTLED, throttled.kind());
        assertFalse(throttled.mayHaveTakenEffect(), "every attempt was refused before taking effect");
        assertFalse(throttled.settlesEarlierSends());
    }

    @Test
    void aLostAnswerMayHaveTakenEffect() {
        sandbox.configure(
                c -> new SandboxConfig(c.timeScale(), 0, 0, 0, 0, 1.0, List.of("fsx:CreateBackup"), c.seed()));

        ServiceFailure lost = createBackupFails();

        assertEquals(Kind.NETWORK, lost.kind());
        assertTrue(lost.mayHaveTakenEffect());
    }

    @Test
    void aConnectionThatCannotBeMadeSendsNothing() {
        try (AwsClients unreachable = sandbox.clientFactory()
                .clients(new Connection.Sandbox(URI.create("http://127.0.0.1:9"), "us-east-1"))) {
            ServiceFailure refused = createBackupFails(new FsxModule().adapter(unreachable));

            assertEquals(Kind.NETWORK, refused.kind());
            assertFalse(refused.mayHaveTakenEffect(), refused.getMessage());
            assertFalse(refused.settlesEarlierSends());
        }
    }

    @Test
    void credentialsThatCannotBeResolvedSendNothing() {
        AwsCredentialsProvider none = () -> {
            throw SdkClientException.create("No MFA code was given for profile ops (cancelled).");
        };
        try (FSxClient client = fsxClient(sandbox.server().endpoint(), none, Duration.ofSeconds(20))) {
            ServiceFailure refused = createBackupFails(new FsxAdapter(client));

            assertFalse(refused.mayHaveTakenEffect(), refused.getMessage());
            assertFalse(refused.settlesEarlierSends());
            assertEquals(0, sandbox.count("fsx:CreateBackup"));
        }
    }

    @Test
    void aRefusalAfterAnAttemptThatFailedOnTheServersSideMayHaveTakenEffect() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        HttpServer stub = stub(exchange -> {
            boolean first = calls.incrementAndGet() == 1;
            // The first attempt fails on the server's side, maybe after starting the backup; the SDK retries and the
            // retry is refused because of the backup the first one started.
            String body = first
                    ? "{\"__type\":\"InternalServerError\",\"message\":\"boom\"}"
                    : "{\"__type\":\"BackupInProgress\",\"message\":\"A backup is already in progress.\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(first ? 500 : 400, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        try (FSxClient client = fsxClient(endpointOf(stub), KEYS, Duration.ofSeconds(20))) {
            ServiceFailure failure = createBackupFails(new FsxAdapter(client));

            assertEquals("BackupInProgress", failure.errorCode());
            assertEquals(2, calls.get());
            assertTrue(failure.mayHaveTakenEffect(), "the first attempt may have started the backup");
            assertFalse(failure.settlesEarlierSends());
        } finally {
            stub.stop(0);
        }
    }

    @Test
    void noAnswerBeforeTheTimeoutMayHaveTakenEffect() throws IOException {
        CountDownLatch released = new CountDownLatch(1);
        HttpServer stub = stub(exchange -> {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        try (FSxClient client = fsxClient(endpointOf(stub), KEYS, Duration.ofMillis(300))) {
            ServiceFailure timedOut = createBackupFails(new FsxAdapter(client));

            assertTrue(timedOut.mayHaveTakenEffect(), timedOut.getMessage());
        } finally {
            released.countDown();
            stub.stop(0);
        }
    }

    private static HttpServer stub(HttpHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", handler);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        return server;
    }

    private static URI endpointOf(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** An FSx client as the app builds them, with the given credentials and time for each attempt. */
    private static FSxClient fsxClient(URI endpoint, AwsCredentialsProvider credentials, Duration attemptTimeout) {
        return FSxClient.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(endpoint)
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.builder().build())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallAttemptTimeout(attemptTimeout)
                        .apiCallTimeout(attemptTimeout.multipliedBy(3))
                        .build())
                .build();
    }
}
