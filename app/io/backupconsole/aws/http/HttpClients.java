package io.backupconsole.aws.http;

import io.backupconsole.aws.Connection;
import io.backupconsole.domain.ServiceFailure;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.ProxyConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * Builds the one url-connection HTTP client of a connection with the proxy and extra CAs of {@link HttpSettings}.
 * The proxy is always given explicitly (the SDK's own reading of system properties and environment is switched
 * off), so what the app shows as its proxy is what it uses. The built-in sandbox listens on this machine, so it is
 * never reached through a proxy.
 */
public final class HttpClients {
    private HttpClients() {}

    /**
     * @param profileCaBundle the {@code ca_bundle} of a profile connection's profile, used when
     *                        {@code AWS_CA_BUNDLE} names none (as in the AWS CLI)
     * @throws ServiceFailure when the profile's {@code ca_bundle} cannot be used (the message names the file)
     */
    public static SdkHttpClient build(
            Connection connection,
            HttpSettings settings,
            Optional<Path> profileCaBundle,
            Duration connectTimeout,
            Duration socketTimeout) {
        UrlConnectionHttpClient.Builder builder = UrlConnectionHttpClient.builder()
                .connectionTimeout(connectTimeout)
                .socketTimeout(socketTimeout)
                .proxyConfiguration(proxyConfiguration(connection, settings));
        List<X509Certificate> extraCas = new ArrayList<>(settings.caBundle());
        if (extraCas.isEmpty()) {
            profileCaBundle.ifPresent(file -> extraCas.addAll(readProfileBundle(connection, file)));
        }
        if (!extraCas.isEmpty()) {
            builder.tlsTrustManagersProvider(() -> CaBundle.trustManagers(extraCas));
        }
        return builder.build();
    }

    /**
     * For the clients that obtain credentials (IAM Identity Center, STS): they go to AWS, so through the proxy, and
     * trust the CA bundle of {@code AWS_CA_BUNDLE}; a profile's own {@code ca_bundle} applies to its service clients.
     */
    public static SdkHttpClient forCredentials(HttpSettings settings, Duration connectTimeout, Duration socketTimeout) {
        UrlConnectionHttpClient.Builder builder = UrlConnectionHttpClient.builder()
                .connectionTimeout(connectTimeout)
                .socketTimeout(socketTimeout)
                .proxyConfiguration(proxyConfiguration(null, settings));
        List<X509Certificate> extraCas = settings.caBundle();
        if (!extraCas.isEmpty()) {
            builder.tlsTrustManagersProvider(() -> CaBundle.trustManagers(extraCas));
        }
        return builder.build();
    }

    static ProxyConfiguration proxyConfiguration(Connection connection, HttpSettings settings) {
        ProxyConfiguration.Builder proxy =
                ProxyConfiguration.builder().useSystemPropertyValues(false).useEnvironmentVariablesValues(false);
        if (!(connection instanceof Connection.Sandbox)) {
            settings.proxy().ifPresent(p -> {
                proxy.endpoint(p.endpoint()).nonProxyHosts(p.nonProxyHostRegexes());
                if (p.username() != null) {
                    proxy.username(p.username()).password(p.password());
                }
            });
        }
        return proxy.build();
    }

    private static List<X509Certificate> readProfileBundle(Connection connection, Path file) {
        try {
            return CaBundle.read(file);
        } catch (IllegalArgumentException e) {
            throw new ServiceFailure(
                    ServiceFailure.Kind.INVALID_INPUT,
                    "",
                    "ca_bundle of " + connection.label() + ": " + e.getMessage()
                            + " Fix or remove it in the AWS config file.",
                    "",
                    e);
        }
    }
}
