package io.backupconsole.domain;

import java.util.Set;

/**
 * A failed AWS call in the app's own terms: what kind of failure, the service's error code and message, the request
 * member it concerns when the service said so, and whether the call may have taken effect all the same. Thrown by
 * the adapters; no SDK type crosses this line. Immutable.
 */
public final class ServiceFailure extends RuntimeException {

    /** What the user can do about it decides the kind. */
    public enum Kind {
        /** Input the service refused (ValidationException, BadRequest, InvalidParameterValue, InvalidInput). */
        INVALID_INPUT,
        /** The resource's (or account's) state does not allow it now (InvalidStateException, BackupInProgress). */
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
        /** Refused with a code the app has no special meaning for (an unmodelled 4xx code, an unknown operation). */
        REFUSED,
        /** The service failed on its side, or answered something unexpected. */
        SERVICE
    }

    /**
     * What the failed call did. Decided from the answer in one place ({@code aws/CallEffect}): only a 5xx answer, a
     * timeout or a connection lost after the request may have been sent leave it {@link #UNKNOWN}; a 4xx answer
     * (any code) and a request that was never sent (credentials not resolved, no connection made) are {@link #NONE}.
     */
    public enum Effect {
        /** Nothing was done: the service refused the request, or it was never sent. */
        NONE,
        /** The request may have been carried out although no result came back. */
        UNKNOWN
    }

    /** Refusals that judge the request itself rather than the moment, the credentials or the connection. */
    private static final Set<Kind> ABOUT_THE_REQUEST =
            Set.of(Kind.INVALID_INPUT, Kind.INVALID_STATE, Kind.LIMIT_EXCEEDED, Kind.NOT_FOUND, Kind.CONFLICT);

    private final Kind kind;
    private final String errorCode;
    private final String field;
    private final Effect effect;

    /** A failure known to have changed nothing: a refusal, or a check that failed before anything was sent. */
    public ServiceFailure(Kind kind, String errorCode, String message, String field, Throwable cause) {
        this(kind, errorCode, message, field, cause, Effect.NONE);
    }

    /** A blank or null {@code message} is replaced by words for the kind: the message is never empty. */
    public ServiceFailure(Kind kind, String errorCode, String message, String field, Throwable cause, Effect effect) {
        super(wordsFor(kind, message), cause);
        this.kind = kind;
        this.errorCode = errorCode == null ? "" : errorCode;
        this.field = field == null ? "" : field;
        this.effect = effect;
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
            case REFUSED -> "The service refused the request without saying why.";
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

    public Effect effect() {
        return effect;
    }

    /**
     * Whether the request may have been carried out despite this failure (a 5xx answer, a timeout, a dropped
     * connection): a create must then be kept and resent unchanged, never sent as a new request.
     */
    public boolean mayHaveTakenEffect() {
        return effect == Effect.UNKNOWN;
    }

    /**
     * Whether this failure, answering a resend, also settles an earlier send of the same request whose answer was
     * lost: the service judged the request itself (invalid, not allowed in this state, over a quota, not found, token
     * reused), and would have answered a request it had already carried out with that result instead. A resend that
     * was throttled, denied, not sent or not answered, or refused with an unknown code, says nothing about the
     * earlier send.
     */
    public boolean settlesEarlierSends() {
        return effect == Effect.NONE && ABOUT_THE_REQUEST.contains(kind);
    }

    /** The same failure about another request member (e.g. one the service names in its own error member). */
    public ServiceFailure withField(String member) {
        return new ServiceFailure(kind, errorCode, getMessage(), member, getCause(), effect);
    }

    /** The same failure of another kind (e.g. a code that means a token conflict in one service only). */
    public ServiceFailure withKind(Kind other) {
        return new ServiceFailure(other, errorCode, getMessage(), field, getCause(), effect);
    }
}
