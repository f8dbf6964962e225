package io.backupconsole.aws.credentials;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.AccessDeniedException;
import software.amazon.awssdk.services.ssooidc.model.AuthorizationPendingException;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.ExpiredTokenException;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientResponse;
import software.amazon.awssdk.services.ssooidc.model.SlowDownException;
import software.amazon.awssdk.services.ssooidc.model.StartDeviceAuthorizationResponse;

/**
 * The OAuth device authorization flow against IAM Identity Center, as {@code aws sso login} runs it: register a
 * public client (or reuse the cached registration), start a device authorization, then poll CreateToken every
 * {@code interval} seconds, five more after each {@code slow_down}, until the user approves, denies, the code
 * expires or the user cancels. The token is written to the CLI's cache. Blocking: background threads only.
 */
final class DeviceSignIn {
    static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
    private static final Duration SLOW_DOWN_STEP = Duration.ofSeconds(5);

    private final CredentialClients clients;
    private final SsoTokenCache cache;
    private final Clock clock;

    DeviceSignIn(CredentialClients clients, SsoTokenCache cache, Clock clock) {
        this.clients = clients;
        this.cache = cache;
        this.clock = clock;
    }

    PendingSignIn start(SsoSettings settings, Optional<URI> endpoint) {
        try (SsoOidcClient oidc = clients.oidc(settings.ssoRegion(), endpoint)) {
            Instant now = clock.instant();
            Optional<SsoToken> cached = cache.read(settings.cacheKey()).filter(t -> t.registrationUsableAt(now));
            String clientId;
            String clientSecret;
            Instant registrationExpiresAt;
            if (cached.isPresent()) {
                clientId = cached.get().clientId().orElseThrow();
                clientSecret = cached.get().clientSecret().orElseThrow();
                registrationExpiresAt = cached.get().registrationExpiresAt().orElseThrow();
            } else {
                RegisterClientResponse client = oidc.registerClient(r -> {
                    r.clientName("backup-console").clientType("public");
                    if (settings.sessionName().isPresent()) {
                        r.scopes(settings.scopes())
                                .grantTypes(DEVICE_GRANT, "refresh_token")
                                .issuerUrl(settings.startUrl());
                    }
                });
                clientId = client.clientId();
                clientSecret = client.clientSecret();
                registrationExpiresAt = Instant.ofEpochSecond(client.clientSecretExpiresAt());
            }
            StartDeviceAuthorizationResponse device = oidc.startDeviceAuthorization(
                    r -> r.clientId(clientId).clientSecret(clientSecret).startUrl(settings.startUrl()));
            Duration interval = Duration.ofSeconds(device.interval() == null ? 5 : Math.max(1, device.interval()));
            return new PendingSignIn(
                    settings,
                    endpoint,
                    device.userCode(),
                    device.verificationUri(),
                    device.verificationUriComplete(),
                    now.plusSeconds(device.expiresIn()),
                    device.deviceCode(),
                    clientId,
                    clientSecret,
                    registrationExpiresAt,
                    interval);
        } catch (SdkException e) {
            throw new SignInFailedException(
                    "Could not start the sign-in at " + settings.startUrl() + ": " + e.getMessage(), e);
        }
    }

    /** Polls until the user decided; writes and returns the token. Throws {@link SignInFailedException}. */
    SsoToken await(PendingSignIn pending, Pacer pacer) {
        SsoSettings settings = pending.settings();
        Duration interval = pending.interval;
        try (SsoOidcClient oidc = clients.oidc(settings.ssoRegion(), pending.endpoint())) {
            while (true) {
                if (!pacer.pause(interval)) {
                    throw new SignInFailedException("Sign-in cancelled.");
                }
                if (!clock.instant().isBefore(pending.expiresAt())) {
                    throw expired();
                }
                try {
                    CreateTokenResponse token = oidc.createToken(r -> r.grantType(DEVICE_GRANT)
                            .deviceCode(pending.deviceCode)
                            .clientId(pending.clientId)
                            .clientSecret(pending.clientSecret));
                    return store(pending, token);
                } catch (AuthorizationPendingException waiting) {
                    // The user has not approved yet: poll again after the interval.
                } catch (SlowDownException tooFast) {
                    interval = interval.plus(SLOW_DOWN_STEP);
                } catch (ExpiredTokenException e) {
                    throw expired();
                } catch (AccessDeniedException e) {
                    throw new SignInFailedException("The sign-in was denied in the browser.");
                }
            }
        } catch (SdkException e) {
            throw new SignInFailedException("The sign-in failed: " + e.getMessage(), e);
        }
    }

    private SsoToken store(PendingSignIn pending, CreateTokenResponse response) {
        SsoSettings settings = pending.settings();
        boolean session = settings.sessionName().isPresent();
        SsoToken token = new SsoToken(
                response.accessToken(),
                clock.instant().plusSeconds(response.expiresIn()),
                settings.ssoRegion(),
                settings.startUrl(),
                Optional.of(pending.clientId),
                Optional.of(pending.clientSecret),
                Optional.of(pending.registrationExpiresAt),
                session ? Optional.ofNullable(response.refreshToken()) : Optional.empty());
        cache.write(settings.cacheKey(), token);
        return token;
    }

    private static SignInFailedException expired() {
        return new SignInFailedException("The sign-in code expired before it was approved. Sign in again.");
    }
}
