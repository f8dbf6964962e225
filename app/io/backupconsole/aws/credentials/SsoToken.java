package io.backupconsole.aws.credentials;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One entry of the SSO token cache, with the members the AWS CLI writes: the access token and when it expires, the
 * session's region and start URL, and (for an sso-session) the OIDC client registration and the refresh token.
 * {@link #toString()} names no secret, so a token can never end up in a log by accident.
 */
public record SsoToken(
        String accessToken,
        Instant expiresAt,
        String region,
        String startUrl,
        Optional<String> clientId,
        Optional<String> clientSecret,
        Optional<Instant> registrationExpiresAt,
        Optional<String> refreshToken) {
    /** A token this close to its expiry is treated as expired, as the SDK does, so no call starts with it. */
    static final Duration STALE = Duration.ofMinutes(1);

    public boolean usableAt(Instant now) {
        return expiresAt.isAfter(now.plus(STALE));
    }

    /** True when the client registration can still be used to refresh or to sign in again. */
    boolean registrationUsableAt(Instant now) {
        return clientId.isPresent()
                && clientSecret.isPresent()
                && registrationExpiresAt
                        .map(at -> at.isAfter(now.plus(Duration.ofMinutes(15))))
                        .orElse(false);
    }

    @Override
    public String toString() {
        return "SsoToken[startUrl=" + startUrl + ", region=" + region + ", expiresAt=" + expiresAt + "]";
    }
}
