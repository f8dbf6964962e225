package io.backupconsole.aws;

import io.backupconsole.domain.AwsService;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.fsx.FSxClient;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.opsworkscm.OpsWorksCmClient;

/**
 * The SDK clients of one connection: one client per service, sharing one HTTP client, with explicit region,
 * credentials and timeouts, built by the {@link ClientFactory}. Building them loads many SDK classes, so callers build
 * off the FX thread; the clients themselves are thread-safe. Close it when the connection changes.
 */
public final class AwsClients implements AutoCloseable {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(20);
    static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(20);
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    /** Throttling only: the service refused the call before doing anything, so sending it again is safe. */
    private static final RetryStrategy THROTTLING_ONLY = DefaultRetryStrategy.standardStrategyBuilder()
            .retryOnException(e -> e instanceof AwsServiceException service && service.isThrottlingException())
            .useClientDefaults(false)
            .build();

    private final Connection connection;
    /** For a profile connection, its {@code endpoint_url}: where services without an explicit override go. */
    private final Optional<URI> profileEndpoint;

    private final SdkHttpClient httpClient;
    private final OpsWorksCmClient opsWorksCm;
    private final OpsWorksCmClient opsWorksCmCreates;
    private final FSxClient fsx;
    private final BackupClient backup;
    private final LightsailClient lightsail;

    /**
     * Built by {@link ClientFactory#clients}, which decides where the HTTP settings, the credentials and the profile
     * files come from.
     *
     * @param httpClient      the connection's HTTP client (proxy, CAs, timeouts); closed with these clients
     * @param credentials     the connection's credentials
     * @param profileEndpoint a profile's {@code endpoint_url}, or empty
     */
    AwsClients(
            Connection connection,
            SdkHttpClient httpClient,
            AwsCredentialsProvider credentials,
            Optional<URI> profileEndpoint) {
        this.connection = connection;
        this.profileEndpoint = profileEndpoint;
        this.httpClient = httpClient;
        this.opsWorksCm = configure(OpsWorksCmClient.builder(), AwsService.OPSWORKS_CM, credentials)
                .build();
        this.opsWorksCmCreates = configure(OpsWorksCmClient.builder(), AwsService.OPSWORKS_CM, credentials)
                .overrideConfiguration(timeouts().retryStrategy(THROTTLING_ONLY).build())
                .build();
        this.fsx = configure(FSxClient.builder(), AwsService.FSX, credentials).build();
        this.backup = configure(BackupClient.builder(), AwsService.BACKUP, credentials)
                .build();
        this.lightsail = configure(LightsailClient.builder(), AwsService.LIGHTSAIL, credentials)
                .build();
    }

    private <
                    B extends
                            AwsClientBuilder<B, ?>
                                    & software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<B, ?>>
            B configure(B builder, AwsService service, AwsCredentialsProvider credentials) {
        builder.region(Region.of(connection.region()))
                .credentialsProvider(credentials)
                .httpClient(httpClient)
                .overrideConfiguration(timeouts().build());
        connection.endpointFor(service).or(() -> profileEndpoint).ifPresent(builder::endpointOverride);
        return builder;
    }

    private static ClientOverrideConfiguration.Builder timeouts() {
        return ClientOverrideConfiguration.builder()
                .addExecutionInterceptor(new AwsCallLog())
                .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                .apiCallTimeout(CALL_TIMEOUT);
    }

    public Connection connection() {
        return connection;
    }

    public OpsWorksCmClient opsWorksCm() {
        return opsWorksCm;
    }

    /**
     * An OpsWorks CM client for CreateBackup only, which retries throttled calls (refused before taking effect) but
     * nothing else: CreateBackup has no idempotency token, so the SDK's usual retry of a call whose answer was lost
     * could start a second backup. The caller looks for what a failed call made instead.
     */
    public OpsWorksCmClient opsWorksCmCreates() {
        return opsWorksCmCreates;
    }

    public FSxClient fsx() {
        return fsx;
    }

    public BackupClient backup() {
        return backup;
    }

    public LightsailClient lightsail() {
        return lightsail;
    }

    @Override
    public void close() {
        opsWorksCm.close();
        opsWorksCmCreates.close();
        fsx.close();
        backup.close();
        lightsail.close();
        httpClient.close();
    }
}
