package io.backupconsole.aws.credentials;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Builds the clients that obtain credentials (IAM Identity Center OIDC and portal, STS). The app's client factory
 * ({@code aws.ClientFactory}) implements it, with the same proxy and CA settings as every other AWS call. A profile's
 * {@code endpoint_url} is honoured for them as for the service clients, so a profile can point all of its calls at
 * the sandbox. Each client returned is the caller's to close. Thread-safe; blocking (class loading).
 */
public interface CredentialClients {
    SsoOidcClient oidc(String region, Optional<URI> endpoint);

    SsoClient portal(String region, Optional<URI> endpoint);

    StsClient sts(String region, Optional<URI> endpoint, AwsCredentialsProvider source);
}
