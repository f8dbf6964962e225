package io.backupconsole.domain;

/**
 * A failed AWS call in the app's own terms: what kind of failure, the service's error code and message, and the
 * request member it concerns when the service said so. Thrown by the adapters; no SDK type crosses this line.
 */
public final class ServiceFailure extends RuntimeException {

    /** What the user can do about it decides the kind. */
    public enum Kind {
        /** Input the service refused (ValidationException, BadRequest, InvalidParameterValue, InvalidInput). */
        INVALID_INPUT,
        /** The resource's state does not allow it now (InvalidStateException, BackupInProgress). */
        INVALID_STATE,
        /** A quota was hit (LimitExceeded, ServiceLimitExceeded). */
        LIMIT_EXCEEDED,
        /** The resource or backup does not exist. */
        NOT_FOUND,
        /** The idempotency token was reused with other parameters. */
        CONFLICT,
        /** Still throttled after the SDK's retries. */
        THROTTLED,
        /** Credentials are missing, expired or not allowed to do this. */
        ACCESS_DENIED,
        /** The endpoint could not be reached, or the answer was lost. */
        NETWORK,
        /** The service failed on its side, or answered something unexpected. */
        SERVICE
    }

    private final Kind kind;
    private final String errorCode;
    private final String field;

    /** A blank or null {@code message} is replaced by words for the kind: the message is never empty. */
    public ServiceFailure(Kind kind, String errorCode, String message, String field, Throwable cause) {
        super(wordsFor(kind, message), cause);
        this.kind = kind;
        this.errorCode = errorCode == null ? "" : errorCode;
        this.field = field == null ? "" : field;
    }

    /** Words for a failure that came without any: its kind says what happened (shown with its error code). */
    private static String wordsFor(Kind kind, String message) {
        if (message != null && !message.isBlank()) {
            return message.strip();
        }
        return switch (kind) {
            case INVALID_INPUT -> "The service refused the request as invalid without saying why.";
            case INVALID_STATE -> "The resource cannot do this in its current state.";
            case LIMIT_EXCEEDED -> "A service quota was reached.";
            case NOT_FOUND -> "The service did not find the resource.";
            case CONFLICT -> "The request conflicts with an earlier one.";
            case THROTTLED -> "The service is throttling requests; try again in a minute.";
            case ACCESS_DENIED -> "Access was denied: check the credentials and their permissions.";
            case NETWORK -> "The service could not be reached: check the network.";
            case SERVICE -> "The service failed without saying why; try again later.";
        };
    }

    public Kind kind() {
        return kind;
    }

    /** The service's error code (e.g. {@code BackupInProgress}), or empty for client-side failures. */
    public String errorCode() {
        return errorCode;
    }

    /** The request member the service named, or empty. */
    public String field() {
        return field;
    }
}
