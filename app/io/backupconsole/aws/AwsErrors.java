package io.backupconsole.aws;

import io.backupconsole.aws.credentials.CredentialsUnavailable;
import io.backupconsole.domain.FailureText;
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.domain.ServiceFailure.Kind;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/** Turns SDK exceptions into {@link ServiceFailure}s. The one place that knows the four services' error codes. */
public final class AwsErrors {
    private static final Set<String> INVALID_INPUT = Set.of(
            "ValidationException",
            "BadRequest",
            "InvalidParameterValueException",
            "MissingParameterValueException",
            "InvalidRequestException",
            "InvalidInputException",
            "SerializationException",
            "InvalidNextTokenException");
    private static final Set<String> INVALID_STATE = Set.of(
            "InvalidStateException",
            "BackupInProgress",
            "BackupRestoring",
            "BackupBeingCopied",
            "UnsupportedOperation",
            "OperationFailureException");
    private static final Set<String> LIMIT = Set.of("LimitExceededException", "ServiceLimitExceeded");
    private static final Set<String> NOT_FOUND = Set.of(
            "ResourceNotFoundException", "NotFoundException", "FileSystemNotFound", "VolumeNotFound", "BackupNotFound");
    private static final Set<String> ACCESS = Set.of(
            "AccessDeniedException",
            "AccessDenied",
            "UnauthenticatedException",
            "UnrecognizedClientException",
            "InvalidClientTokenId",
            "ExpiredTokenException",
            "ExpiredToken",
            "InvalidSignatureException",
            "SignatureDoesNotMatch");
    private static final Set<String> THROTTLING = Set.of(
            "ThrottlingException",
            "Throttling",
            "TooManyRequestsException",
            "RequestLimitExceeded",
            "ThrottledException");

    private AwsErrors() {}

    /**
     * The app's failure for an SDK exception, its message never empty: the service's own words, else words that name
     * the call ({@link AwsCallSite}) and say what to do ({@link AwsFailureMessages}).
     */
    public static ServiceFailure translate(SdkException exception) {
        Optional<AwsCallSite> site = AwsCallSite.of(exception);
        Optional<CredentialsUnavailable> credentials = causeOf(exception, CredentialsUnavailable.class);
        if (credentials.isPresent()) {
            return new ServiceFailure(Kind.ACCESS_DENIED, "", credentials.get().getMessage(), null, exception);
        }
        if (exception instanceof SdkServiceException service) {
            AwsErrorDetails details = service instanceof AwsServiceException aws ? aws.awsErrorDetails() : null;
            String code = details == null
                            || details.errorCode() == null
                            || details.errorCode().isBlank()
                    ? null
                    : details.errorCode();
            String message = AwsFailureMessages.answer(
                    site,
                    details == null ? null : details.serviceName(),
                    code,
                    details == null ? null : details.errorMessage(),
                    service.statusCode());
            return new ServiceFailure(kindOf(code, service.statusCode()), code, message, null, exception);
        }
        if (exception instanceof SdkClientException client) {
            boolean network = hasCause(client, IOException.class);
            String message = AwsFailureMessages.clientSide(site, client, network);
            return new ServiceFailure(
                    network ? Kind.NETWORK : credentialsProblem(client) ? Kind.ACCESS_DENIED : Kind.SERVICE,
                    "",
                    message,
                    null,
                    exception);
        }
        return new ServiceFailure(Kind.SERVICE, "", FailureText.of(exception), null, exception);
    }

    static Kind kindOf(String code, int status) {
        if (code == null) {
            return status >= 500 ? Kind.SERVICE : Kind.INVALID_INPUT;
        }
        if (INVALID_INPUT.contains(code)) {
            return Kind.INVALID_INPUT;
        }
        if (INVALID_STATE.contains(code)) {
            return Kind.INVALID_STATE;
        }
        if (LIMIT.contains(code)) {
            return Kind.LIMIT_EXCEEDED;
        }
        if (NOT_FOUND.contains(code)) {
            return Kind.NOT_FOUND;
        }
        if (code.equals("IncompatibleParameterError")) {
            return Kind.CONFLICT;
        }
        if (ACCESS.contains(code) || status == 401 || status == 403) {
            return Kind.ACCESS_DENIED;
        }
        if (THROTTLING.contains(code) || status == 429) {
            return Kind.THROTTLED;
        }
        return Kind.SERVICE;
    }

    private static boolean credentialsProblem(SdkClientException exception) {
        String message = String.valueOf(exception.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return message.contains("credential") || message.contains("token") || message.contains("sso");
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        return causeOf(t, type).isPresent();
    }

    private static <T extends Throwable> Optional<T> causeOf(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return Optional.of(type.cast(c));
            }
        }
        return Optional.empty();
    }
}
