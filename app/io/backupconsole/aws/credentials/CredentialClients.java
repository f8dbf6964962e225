package io.backupconsole.aws.credentials;

import io.backupconsole.aws.WithoutUserProfiles;
import io.backupconsole.aws.http.HttpClients;
import io.backupconsole.aws.http.HttpSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Builds the clients that obtain credentials (IAM Identity Center OIDC and portal, STS), sharing one HTTP client.
 * A profile's {@code endpoint_url} is honoured for them as for the service clients, so a profile can point all of
 * its calls at the sandbox. Thread-safe; close it when the app ends.
 */
final class CredentialClients implements AutoCloseable {
    private SdkHttpClient http;
    private HttpSettings httpBuiltFor;

    /** Through the app's current proxy and CA settings; built again after they change (File ▸ Network proxy…). */
    private synchronized SdkHttpClient http() {
        HttpSettings now = HttpSettings.current();
        if (http == null || now != httpBuiltFor) {
            // The previous one is not closed: clients built on it may still be in use; it holds no connections.
            http = HttpClients.forCredentials(now, Duration.ofSeconds(5), Duration.ofSeconds(20));
            httpBuiltFor = now;
        }
        return http;
    }

    SsoOidcClient oidc(String region, Optional<URI> endpoint) {
        return WithoutUserProfiles.build(false, () -> {
            var builder = SsoOidcClient.builder()
                    .region(Region.of(region))
                    .httpClient(http())
                    .credentialsProvider(AnonymousCredentialsProvider.create());
            endpoint.ifPresent(builder::endpointOverride);
            return builder.build();
        });
    }

    SsoClient portal(String region, Optional<URI> endpoint) {
        return WithoutUserProfiles.build(false, () -> {
            var builder = SsoClient.builder()
                    .region(Region.of(region))
                    .httpClient(http())
                    .credentialsProvider(AnonymousCredentialsProvider.create());
            endpoint.ifPresent(builder::endpointOverride);
            return builder.build();
        });
    }

    StsClient sts(String region, Optional<URI> endpoint, AwsCredentialsProvider source) {
        return WithoutUserProfiles.build(false, () -> {
            var builder = StsClient.builder()
                    .region(Region.of(region))
                    .httpClient(http())
                    .credentialsProvider(source);
            endpoint.ifPresent(builder::endpointOverride);
            return builder.build();
        });
    }

    @Override
    public synchronized void close() {
        if (http != null) {
            http.close();
        }
    }
}
