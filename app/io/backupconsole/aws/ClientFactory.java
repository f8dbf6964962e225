package io.backupconsole.aws;

import io.backupconsole.aws.credentials.CredentialClients;
import io.backupconsole.aws.credentials.MfaCodePrompt;
import io.backupconsole.aws.credentials.ProfileCredentials;
import io.backupconsole.aws.credentials.SsoTokenCache;
import io.backupconsole.aws.http.HttpClients;
import io.backupconsole.aws.http.HttpSettings;
import io.backupconsole.aws.http.HttpSettingsSource;
import io.backupconsole.aws.profiles.ProfileFiles;
import io.backupconsole.diagnostics.StartupTrace;
import io.backupconsole.storage.UserHome;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Builds the app's SDK clients: those of a connection ({@link #connect}) and those that obtain credentials (IAM
 * Identity Center, STS), all with one set of HTTP settings and one {@link ProfileCredentials} (so SSO sign-ins and MFA
 * sessions are shared by the window, the tracker and the overview). Built once by a composition root (the app's head
 * start, which the window takes over; the headless commands) and passed to whoever builds clients; nothing reaches it
 * globally, so tests build their own. One per process at a time: it owns the profile-file workaround
 * ({@link WithoutUserProfiles}), which swaps process-wide properties under the factory's lock. Thread-safe. Building
 * is blocking (class loading, profile files): never on the FX thread.
 */
public final class ClientFactory implements AutoCloseable {
    private final ServiceRegistry services;
    private final HttpSettingsSource http;
    private final WithoutUserProfiles userProfiles = new WithoutUserProfiles();
    private final SignInClients signIn;
    private final ProfileCredentials credentials;

    /**
     * @param services       the services whose clients and adapters a connection gets
     * @param http           the proxy and CA settings of clients built from now on
     * @param files          the AWS config and credentials files, resolved once at start
     * @param ssoCacheFolder the CLI's SSO token cache
     * @param mfa            asks for an MFA code when a role needs one ({@link MfaCodePrompt#NONE} without a window)
     */
    public ClientFactory(
            ServiceRegistry services,
            HttpSettingsSource http,
            ProfileFiles files,
            Path ssoCacheFolder,
            MfaCodePrompt mfa,
            Clock clock) {
        this.services = services;
        this.http = http;
        this.signIn = new SignInClients(http, userProfiles);
        this.credentials = new ProfileCredentials(files, ssoCacheFolder, mfa, clock, signIn);
    }

    /**
     * The factory of a user: the AWS files of {@code home} and {@code environment} ({@code AWS_CONFIG_FILE},
     * {@code AWS_SHARED_CREDENTIALS_FILE}) and the token cache under {@code home}, as the CLI and the SDK find them.
     */
    public static ClientFactory forUser(
            ServiceRegistry services,
            HttpSettingsSource http,
            UserHome home,
            Map<String, String> environment,
            MfaCodePrompt mfa) {
        return new ClientFactory(
                services,
                http,
                ProfileFiles.of(home, environment),
                SsoTokenCache.folderIn(home),
                mfa,
                Clock.systemUTC());
    }

    /**
     * Builds the adapters of a connection, each service's module its own SDK clients. Blocking: background threads
     * only.
     */
    public ServiceAdapters connect(Connection connection) {
        return ServiceAdapters.connect(services, clients(connection));
    }

    /** The services a connection's adapters cover. */
    public ServiceRegistry services() {
        return services;
    }

    /**
     * The shared parts of a connection's SDK clients, through which each module builds its own: a profile
     * connection's with its credentials, {@code endpoint_url} and {@code ca_bundle}; the others with the user's
     * profile files hidden while each client is built (they need none, and a malformed one must not break them).
     * Blocking: background threads only.
     */
    public AwsClients clients(Connection connection) {
        StartupTrace.mark("clients: building");
        Optional<String> profile =
                connection instanceof Connection.Profile p ? Optional.of(p.profileName()) : Optional.empty();
        Optional<URI> profileEndpoint = profile.flatMap(credentials::endpointUrl);
        // The built-in sandbox is plain HTTP on loopback, never proxied: it needs no settings (nor waits for them).
        HttpSettings settings = connection instanceof Connection.Sandbox ? HttpSettings.none() : http.current();
        SdkHttpClient httpClient = HttpClients.build(
                connection,
                settings,
                profile.flatMap(credentials::caBundle),
                AwsClients.CONNECT_TIMEOUT,
                AwsClients.SOCKET_TIMEOUT);
        AwsClients.BuildGuard guard = new AwsClients.BuildGuard() {
            @Override
            public <T> T build(Supplier<T> build) {
                return profile.isPresent() ? userProfiles.showing(build) : userProfiles.hiding(build);
            }
        };
        try {
            return new AwsClients(connection, httpClient, credentialsFor(connection), profileEndpoint, guard);
        } catch (RuntimeException e) {
            httpClient.close();
            throw e;
        }
    }

    private AwsCredentialsProvider credentialsFor(Connection connection) {
        return switch (connection) {
            case Connection.Sandbox s ->
                StaticCredentialsProvider.create(AwsBasicCredentials.create("sandbox", "sandbox"));
            case Connection.Profile p -> credentials.providerFor(p.profileName());
            case Connection.Endpoint e ->
                System.getenv("AWS_ACCESS_KEY_ID") != null
                        ? EnvironmentVariableCredentialsProvider.create()
                        : StaticCredentialsProvider.create(AwsBasicCredentials.create("endpoint", "endpoint"));
        };
    }

    /** The profiles' credentials and sign-ins (the window's sign-in dialog and connection bar use them too). */
    public ProfileCredentials credentials() {
        return credentials;
    }

    /** The clients that obtain credentials (its tests call them directly). */
    CredentialClients signInClients() {
        return signIn;
    }

    /** The HTTP settings of clients built from now on (File ▸ Network proxy replaces them). */
    public HttpSettingsSource httpSettings() {
        return http;
    }

    /** Closes the kept SSO and role sessions and the sign-in clients' HTTP client; built clients are their owners'. */
    @Override
    public void close() {
        credentials.close();
        signIn.close();
        userProfiles.close();
    }

    /**
     * The clients that obtain credentials, sharing one HTTP client through the current proxy and CA settings (built
     * again after they change). They go to AWS, so they trust {@code AWS_CA_BUNDLE}; a profile's own {@code ca_bundle}
     * applies to its service clients. Thread-safe.
     */
    private static final class SignInClients implements CredentialClients {
        private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
        private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(20);

        private final HttpSettingsSource settings;
        private final WithoutUserProfiles userProfiles;
        private SdkHttpClient http;
        private HttpSettings httpBuiltFor;

        SignInClients(HttpSettingsSource settings, WithoutUserProfiles userProfiles) {
            this.settings = settings;
            this.userProfiles = userProfiles;
        }

        private synchronized SdkHttpClient http() {
            HttpSettings now = settings.current();
            if (http == null || now != httpBuiltFor) {
                // The previous one is not closed: clients built on it may still be in use; it holds no connections.
                http = HttpClients.forCredentials(now, CONNECT_TIMEOUT, SOCKET_TIMEOUT);
                httpBuiltFor = now;
            }
            return http;
        }

        @Override
        public SsoOidcClient oidc(String region, Optional<URI> endpoint) {
            return build(SsoOidcClient::builder, region, endpoint, AnonymousCredentialsProvider.create());
        }

        @Override
        public SsoClient portal(String region, Optional<URI> endpoint) {
            return build(SsoClient::builder, region, endpoint, AnonymousCredentialsProvider.create());
        }

        @Override
        public StsClient sts(String region, Optional<URI> endpoint, AwsCredentialsProvider source) {
            return build(StsClient::builder, region, endpoint, source);
        }

        /** A sign-in client on the shared HTTP client, built with the user's profile files showing. */
        private <B extends AwsSyncClientBuilder<B, C> & AwsClientBuilder<B, C>, C> C build(
                Supplier<B> newBuilder, String region, Optional<URI> endpoint, AwsCredentialsProvider credentials) {
            SdkHttpClient client = http();
            return userProfiles.showing(() -> {
                B builder = newBuilder.get();
                builder.region(Region.of(region)).httpClient(client).credentialsProvider(credentials);
                endpoint.ifPresent(builder::endpointOverride);
                return builder.build();
            });
        }

        synchronized void close() {
            if (http != null) {
                http.close();
            }
        }
    }
}
