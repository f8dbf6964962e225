package io.backupconsole.aws.credentials;

/** A sign-in that did not end with a token, with a message the user can act on. Names no secret. */
public final class SignInFailedException extends RuntimeException {
    public SignInFailedException(String message) {
        super(message);
    }

    public SignInFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
