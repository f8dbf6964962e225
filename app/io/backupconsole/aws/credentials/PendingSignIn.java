package io.backupconsole.aws.credentials;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A device sign-in waiting for the user: the code to compare and the page to approve it on. The device code and
 * the client secret stay inside (package-private) and out of {@link #toString()}.
 */
public final class PendingSignIn {
    private final SsoSettings settings;
    private final Optional<URI> endpoint;
    private final String userCode;
    private final String verificationUri;
    private final String verificationUriComplete;
    private final Instant expiresAt;
    final String deviceCode;
    final String clientId;
    final String clientSecret;
    final Instant registrationExpiresAt;
    final Duration interval;

    PendingSignIn(
            SsoSettings settings,
            Optional<URI> endpoint,
            String userCode,
            String verificationUri,
            String verificationUriComplete,
            Instant expiresAt,
            String deviceCode,
            String clientId,
            String clientSecret,
            Instant registrationExpiresAt,
            Duration interval) {
        this.settings = settings;
        this.endpoint = endpoint;
        this.userCode = userCode;
        this.verificationUri = verificationUri;
        this.verificationUriComplete = verificationUriComplete;
        this.expiresAt = expiresAt;
        this.deviceCode = deviceCode;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.registrationExpiresAt = registrationExpiresAt;
        this.interval = interval;
    }

    public String profileName() {
        return settings.profileName();
    }

    /** The code the browser page shows too; the user checks they match before approving. */
    public String userCode() {
        return userCode;
    }

    public String verificationUri() {
        return verificationUri;
    }

    /** The page with the code already filled in: what the app opens in the browser. */
    public String verificationUriComplete() {
        return verificationUriComplete == null ? verificationUri : verificationUriComplete;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    SsoSettings settings() {
        return settings;
    }

    Optional<URI> endpoint() {
        return endpoint;
    }

    @Override
    public String toString() {
        return "PendingSignIn[profile=" + profileName() + ", userCode=" + userCode + ", expiresAt=" + expiresAt + "]";
    }
}
