package io.backupconsole.aws;

import io.backupconsole.domain.AwsService;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
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
 * The SDK clients of one connection, made by the {@link ClientFactory} and built per service by the service
 * modules ({@link ServiceClients}), all sharing one HTTP client, with explicit region, credentials and timeouts.
 * Building them loads many SDK classes, so callers build off the FX thread; the clients themselves are thread-safe.
 * Close it when the connection changes: it closes every client it built.
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

    /** How one client build runs: with the user's profile files shown or hidden ({@link WithoutUserProfiles}). */
    @FunctionalInterface
    interface BuildGuard {
        <T> T build(Supplier<T> build);
    }

    private final Connection connection;
    /** For a profile connection, its {@code endpoint_url}: where services without an explicit override go. */
    private final Optional<URI> profileEndpoint;

    private final SdkHttpClient httpClient;
    private final AwsCredentialsProvider credentials;
    private final BuildGuard guard;
    /** Every client built, to close with the connection. Guarded by itself. */
    private final List<SdkClient> built = new ArrayList<>();

    /**
     * Made by {@link ClientFactory#clients}, which decides where the HTTP settings, the credentials and the profile
     * files come from.
     *
     * @param httpClient      the connection's HTTP client (proxy, CAs, timeouts); closed with these clients
     * @param credentials     the connection's credentials
     * @param profileEndpoint a profile's {@code endpoint_url}, or empty
     * @param guard           runs each client build (hiding the user's profile files when the connection needs none)
     */
    AwsClients(
            Connection connection,
            SdkHttpClient httpClient,
            AwsCredentialsProvider credentials,
            Optional<URI> profileEndpoint,
            BuildGuard guard) {
        this.connection = connection;
        this.profileEndpoint = profileEndpoint;
        this.httpClient = httpClient;
        this.credentials = credentials;
        this.guard = guard;
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

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkClient> C keep(B builder) {
        C client = guard.build(builder::build);
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
