package io.backupconsole.aws.credentials;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.auth.SsoCredentialsProvider;
import software.amazon.awssdk.services.sso.model.GetRoleCredentialsRequest;
import software.amazon.awssdk.services.sso.model.UnauthorizedException;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;

/**
 * SSO access tokens from the CLI's cache, and the SDK's {@code SsoCredentialsProvider} built on them. An expired
 * token is refreshed with its refresh token when the client registration still holds (as the SDK and the CLI do);
 * otherwise, or when the portal refuses the token, the sign-in listener is told and the call fails with a message
 * that says to sign in. Thread-safe.
 */
final class SsoTokens {
    private final SsoTokenCache cache;
    private final CredentialClients clients;
    private final Clock clock;
    private final Consumer<String> signInNeeded;

    SsoTokens(SsoTokenCache cache, CredentialClients clients, Clock clock, Consumer<String> signInNeeded) {
        this.cache = cache;
        this.clients = clients;
        this.clock = clock;
        this.signInNeeded = signInNeeded;
    }

    boolean hasUsableToken(SsoSettings settings) {
        return cache.read(settings.cacheKey())
                .filter(t -> t.usableAt(clock.instant()))
                .isPresent();
    }

    ProfileCredentials.KeptProvider provider(SsoSettings settings, Optional<URI> endpoint) {
        SsoClient portal = clients.portal(settings.ssoRegion(), endpoint);
        SsoCredentialsProvider.Builder builder = SsoCredentialsProvider.builder();
        SsoCredentialsProvider sdkProvider = builder.ssoClient(portal)
                .refreshRequest(() -> GetRoleCredentialsRequest.builder()
                        .accountId(settings.accountId())
                        .roleName(settings.roleName())
                        .accessToken(accessToken(settings, endpoint))
                        .build())
                .build();
        AwsCredentialsProvider signInAware = new AwsCredentialsProvider() {
            @Override
            public AwsCredentials resolveCredentials() {
                try {
                    return sdkProvider.resolveCredentials();
                } catch (SdkException e) {
                    if (causedBy(e, UnauthorizedException.class)) {
                        throw signInNeeded(settings, "was refused by IAM Identity Center (expired or signed out)");
                    }
                    throw e;
                }
            }

            @Override
            public String toString() {
                return "SSO credentials of profile " + settings.profileName();
            }
        };
        return new ProfileCredentials.KeptProvider(signInAware, () -> {
            sdkProvider.close();
            portal.close();
        });
    }

    /** A usable access token: the cached one, or a refreshed one. Else sign-in is needed. */
    private String accessToken(SsoSettings settings, Optional<URI> endpoint) {
        Instant now = clock.instant();
        Optional<SsoToken> cached = cache.read(settings.cacheKey());
        if (cached.isPresent() && cached.get().usableAt(now)) {
            return cached.get().accessToken();
        }
        if (cached.isPresent()
                && cached.get().refreshToken().isPresent()
                && cached.get().registrationUsableAt(now)) {
            Optional<SsoToken> refreshed = refresh(settings, endpoint, cached.get());
            if (refreshed.isPresent()) {
                return refreshed.get().accessToken();
            }
        }
        throw signInNeeded(settings, cached.isPresent() ? "has expired" : "has not been started on this computer");
    }

    private Optional<SsoToken> refresh(SsoSettings settings, Optional<URI> endpoint, SsoToken old) {
        try (SsoOidcClient oidc = clients.oidc(settings.ssoRegion(), endpoint)) {
            CreateTokenResponse response = oidc.createToken(r -> r.grantType("refresh_token")
                    .clientId(old.clientId().orElseThrow())
                    .clientSecret(old.clientSecret().orElseThrow())
                    .refreshToken(old.refreshToken().orElseThrow()));
            SsoToken token = new SsoToken(
                    response.accessToken(),
                    clock.instant().plusSeconds(response.expiresIn()),
                    old.region(),
                    old.startUrl(),
                    old.clientId(),
                    old.clientSecret(),
                    old.registrationExpiresAt(),
                    Optional.ofNullable(response.refreshToken()).or(old::refreshToken));
            cache.write(settings.cacheKey(), token);
            return Optional.of(token);
        } catch (SdkException e) {
            // A refused refresh (revoked or expired session) means signing in again; the caller says so.
            return Optional.empty();
        }
    }

    private CredentialsUnavailable signInNeeded(SsoSettings settings, String why) {
        signInNeeded.accept(settings.profileName());
        return new CredentialsUnavailable(
                "Sign-in needed: the SSO session of profile " + settings.profileName() + " " + why + "; sign in: `aws"
                        + " sso login --profile " + settings.profileName() + "`, or Sign in… in the window.",
                null);
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
