package io.backupconsole.aws;

import io.backupconsole.aws.credentials.ProfileCredentials;
import io.backupconsole.aws.http.HttpClients;
import io.backupconsole.aws.http.HttpSettings;
import io.backupconsole.diagnostics.StartupTrace;
import io.backupconsole.domain.AwsService;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * The SDK clients of one connection, built per service by the service modules ({@link ServiceClients}), all
 * sharing one HTTP client, with explicit region, credentials and timeouts. Building them loads many SDK classes, so
 * callers build off the FX thread; the clients themselves are thread-safe. Close it when the connection changes: it
 * closes every client it built.
 */
public final class AwsClients implements ServiceClients, AutoCloseable {
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
    private final AwsCredentialsProvider credentials;
    /** Every client built, to close with the connection. Guarded by itself. */
    private final List<SdkClient> built = new ArrayList<>();

    private AwsClients(Connection connection, HttpSettings http, ProfileCredentials profiles) {
        this.connection = connection;
        this.profileEndpoint =
                connection instanceof Connection.Profile p ? profiles.endpointUrl(p.profileName()) : Optional.empty();
        this.httpClient = HttpClients.build(
                connection,
                http,
                connection instanceof Connection.Profile p ? profiles.caBundle(p.profileName()) : Optional.empty(),
                CONNECT_TIMEOUT,
                SOCKET_TIMEOUT);
        this.credentials = credentialsFor(connection, profiles);
    }

    /**
     * The shared parts of a connection's clients (HTTP client, credentials); the service modules build their clients
     * through it. Blocking work (class loading, profile parsing): not on the FX thread.
     */
    public static AwsClients connect(Connection connection) {
        return connect(connection, httpSettingsFor(connection), ProfileCredentials.shared());
    }

    /** As {@link #connect(Connection)}, with the given proxy and CA settings instead of the app's current ones. */
    public static AwsClients connect(Connection connection, HttpSettings http) {
        return connect(connection, http, ProfileCredentials.shared());
    }

    /**
     * As {@link #connect(Connection)}, a profile's credentials coming from {@code profiles} (which keeps SSO and MFA
     * sessions across rebuilds). Blocking: not on the FX thread.
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
        return new AwsClients(connection, http, profiles);
    }

    private static AwsCredentialsProvider credentialsFor(Connection connection, ProfileCredentials profiles) {
        return switch (connection) {
            case Connection.Sandbox s ->
                StaticCredentialsProvider.create(AwsBasicCredentials.create("sandbox", "sandbox"));
            case Connection.Profile p -> profiles.providerFor(p.profileName());
            case Connection.Endpoint e ->
                System.getenv("AWS_ACCESS_KEY_ID") != null
                        ? EnvironmentVariableCredentialsProvider.create()
                        : StaticCredentialsProvider.create(AwsBasicCredentials.create("endpoint", "endpoint"));
        };
    }

    @Override
    public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkClient> C build(
            B builder, AwsService service) {
        return keep(configure(builder, service, timeouts()));
    }

    @Override
    public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkClient>
            C buildRetryingThrottlesOnly(B builder, AwsService service) {
        return keep(configure(builder, service, timeouts().retryStrategy(THROTTLING_ONLY)));
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkClient> B configure(
            B builder, AwsService service, ClientOverrideConfiguration.Builder overrides) {
        builder.region(Region.of(connection.region()))
                .credentialsProvider(credentials)
                .httpClient(httpClient)
                .overrideConfiguration(overrides.build());
        connection.endpointFor(service).or(() -> profileEndpoint).ifPresent(builder::endpointOverride);
        return builder;
    }

    /**
     * Builds the client; for a connection without a profile, with the user's profile files hidden (see
     * {@link WithoutUserProfiles}): a malformed {@code ~/.aws/config} must not break the sandbox.
     */
    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkClient> C keep(B builder) {
        C client = WithoutUserProfiles.build(!(connection instanceof Connection.Profile), builder::build);
        synchronized (built) {
            built.add(client);
        }
        return client;
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

    @Override
    public void close() {
        synchronized (built) {
            built.forEach(SdkClient::close);
            built.clear();
        }
        httpClient.close();
    }
}
