package io.backupconsole.aws.credentials;

import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * A profile's credentials could not be had (its {@code credential_process} failed, its SSO sign-in is missing or ran
 * out), with a message that names the profile and says what to do. Thrown by the providers of
 * {@link ProfileCredentials} before any request is sent, so nothing reached the service. An SDK client exception,
 * because it leaves the SDK call the way the SDK's own credential failures do.
 */
public final class CredentialsUnavailable extends SdkClientException {
    private static final long serialVersionUID = 1L;

    CredentialsUnavailable(String message, Throwable cause) {
        super(SdkClientException.builder().message(message).cause(cause));
    }
}
