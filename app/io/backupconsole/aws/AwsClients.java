package io.backupconsole.aws;

import io.backupconsole.aws.credentials.ProfileCredentials;
import io.backupconsole.aws.http.HttpClients;
import io.backupconsole.aws.http.HttpSettings;
import io.backupconsole.diagnostics.StartupTrace;
import io.backupconsole.domain.AwsService;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
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
 * credentials and timeouts. Building them loads many SDK classes, so callers build off the FX thread; the clients
 * themselves are thread-safe. Close it when the connection changes.
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
    private final java.util.Optional<java.net.URI> profileEndpoint;

    private final SdkHttpClient httpClient;
    private final OpsWorksCmClient opsWorksCm;
    private final OpsWorksCmClient opsWorksCmCreates;
    private final FSxClient fsx;
    private final BackupClient backup;
    private final LightsailClient lightsail;

    private AwsClients(Connection connection, HttpSettings http, ProfileCredentials profiles) {
        this.connection = connection;
        this.profileEndpoint = connection instanceof Connection.Profile p
                ? profiles.endpointUrl(p.profileName())
                : java.util.Optional.empty();
        this.httpClient = HttpClients.build(
                connection,
                http,
                connection instanceof Connection.Profile p ? profiles.caBundle(p.profileName()) : Optional.empty(),
                CONNECT_TIMEOUT,
                SOCKET_TIMEOUT);
        AwsCredentialsProvider credentials = credentialsFor(connection, profiles);
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

    /** Builds every client for a connection. Blocking work (class loading, profile parsing): not on the FX thread. */
    public static AwsClients connect(Connection connection) {
        return connect(connection, httpSettingsFor(connection), ProfileCredentials.shared());
    }

    /** As {@link #connect(Connection)}, with the given proxy and CA settings instead of the app's current ones. */
    public static AwsClients connect(Connection connection, HttpSettings http) {
        return connect(connection, http, ProfileCredentials.shared());
    }

    /**
     * Builds every client for a connection, a profile's credentials coming from {@code profiles} (which keeps SSO
     * and MFA sessions across rebuilds). Blocking: not on the FX thread.
     */
    public static AwsClients connect(Connection connection, ProfileCredentials profiles) {
        return connect(connection, httpSettingsFor(connection), profiles);
    }

    /** The built-in sandbox is plain HTTP on loopback, never proxied: it needs no settings (nor waits for them). */
    private static HttpSettings httpSettingsFor(Connection connection) {
        return connection instanceof Connection.Sandbox ? HttpSettings.none() : HttpSettings.current();
    }

    private static AwsClients connect(Connection connection, HttpSettings http, ProfileCredentials profiles) {
        StartupTrace.mark("clients: building");
        AwsClients built = WithoutUserProfiles.build(
                !(connection instanceof Connection.Profile), () -> new AwsClients(connection, http, profiles));
        StartupTrace.mark("clients: built");
        return built;
    }

    private static AwsCredentialsProvider credentialsFor(Connection connection, ProfileCredentials profiles) {
        return switch (connection) {
            case Connection.Sandbox s ->
                StaticCredentialsProvider.create(AwsBasicCredentials.create("sandbox", "sandbox"));
            case Connection.Profile p -> profiles.providerFor(p.profileName());
            case Connection.Endpoint e ->
                System.getenv("AWS_ACCESS_KEY_ID") != null
                        ? software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider.create()
                        : StaticCredentialsProvider.create(AwsBasicCredentials.create("endpoint", "endpoint"));
        };
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
