package io.backupconsole.aws;

import io.backupconsole.aws.credentials.CredentialsUnavailable;
import io.backupconsole.domain.FailureText;
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.domain.ServiceFailure.Kind;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * Turns SDK exceptions into {@link ServiceFailure}s: the kind and words of each error code ({@link ErrorCatalog}),
 * words for answers and failures the service did not word ({@link AwsFailureMessages}), and whether the call may have
 * taken effect ({@link CallEffect}).
 */
public final class AwsErrors {
    private AwsErrors() {}

    /**
     * The app's failure for an SDK exception, its message never empty: the service's own words, else words that name
     * the call ({@link AwsCallSite}) and say what to do ({@link AwsFailureMessages}).
     */
    public static ServiceFailure translate(SdkException exception) {
        Optional<AwsCallSite> site = AwsCallSite.of(exception);
        Optional<CredentialsUnavailable> credentials = causeOf(exception, CredentialsUnavailable.class);
        if (credentials.isPresent()) {
            return new ServiceFailure(
                    Kind.ACCESS_DENIED, "", credentials.get().getMessage(), null, exception, CallEffect.of(exception));
        }
        if (exception instanceof SdkServiceException service) {
            AwsErrorDetails details = service instanceof AwsServiceException aws ? aws.awsErrorDetails() : null;
            String code = details == null
                            || details.errorCode() == null
                            || details.errorCode().isBlank()
                    ? null
                    : details.errorCode();
            String said = details == null ? null : details.errorMessage();
            // A code the catalog knows gets its words; any other answer keeps the service's own, and one without
            // words is described by the call it answered.
            Optional<ErrorCatalog.Entry> known = ErrorCatalog.find(code);
            String message = known.isPresent()
                    ? ErrorCatalog.message(known.get(), said == null ? null : FailureText.oneLine(said), code)
                    : AwsFailureMessages.answer(
                            site, details == null ? null : details.serviceName(), code, said, service.statusCode());
            return new ServiceFailure(
                    kindOf(code, service.statusCode()), code, message, null, exception, CallEffect.of(exception));
        }
        if (exception instanceof SdkClientException client) {
            // No answer in time is no answer: the endpoint was not reached, as with a refused connection.
            boolean network = hasCause(client, IOException.class)
                    || client instanceof ApiCallTimeoutException
                    || client instanceof ApiCallAttemptTimeoutException;
            String message = AwsFailureMessages.clientSide(site, client, network);
            return new ServiceFailure(
                    network ? Kind.NETWORK : credentialsProblem(client) ? Kind.ACCESS_DENIED : Kind.SERVICE,
                    "",
                    message,
                    null,
                    exception,
                    CallEffect.of(exception));
        }
        return new ServiceFailure(
                Kind.SERVICE, "", FailureText.of(exception), null, exception, CallEffect.of(exception));
    }

    /**
     * The kind of an answer with this error code and HTTP status: the catalog's for the codes the app knows; for
     * any other code, {@link Kind#REFUSED} when the status is 4xx (refused, nothing was done) and
     * {@link Kind#SERVICE} otherwise.
     */
    static Kind kindOf(String code, int status) {
        if (code == null) {
            return status >= 500 ? Kind.SERVICE : Kind.INVALID_INPUT;
        }
        return ErrorCatalog.find(code).map(ErrorCatalog.Entry::kind).orElseGet(() -> unknownCodeKind(status));
    }

    private static Kind unknownCodeKind(int status) {
        if (status == 401 || status == 403) {
            return Kind.ACCESS_DENIED;
        }
        if (status == 429) {
            return Kind.THROTTLED;
        }
        return status >= 400 && status < 500 ? Kind.REFUSED : Kind.SERVICE;
    }

    private static boolean credentialsProblem(SdkClientException exception) {
        String message = String.valueOf(exception.getMessage()).toLowerCase(Locale.ROOT);
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
