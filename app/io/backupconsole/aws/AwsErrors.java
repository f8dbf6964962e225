package io.backupconsole.aws;

import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.domain.ServiceFailure.Kind;
import java.io.IOException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns SDK exceptions into {@link ServiceFailure}s: the kind and words of each error code ({@link ErrorCatalog}) and
 * whether the call may have taken effect ({@link CallEffect}).
 */
public final class AwsErrors {
    private AwsErrors() {}

    public static ServiceFailure translate(SdkException exception) {
        if (exception instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            String code = service.awsErrorDetails().errorCode();
            String message = service.awsErrorDetails().errorMessage();
            return new ServiceFailure(
                    kindOf(code, service.statusCode()),
                    code,
                    ErrorCatalog.message(code, message, service.statusCode()),
                    null,
                    exception,
                    CallEffect.of(exception));
        }
        if (exception instanceof SdkClientException client) {
            boolean network = hasCause(client, IOException.class);
            String message = network ? "Could not reach the service: " + rootMessage(client) : client.getMessage();
            return new ServiceFailure(
                    network ? Kind.NETWORK : credentialsProblem(client) ? Kind.ACCESS_DENIED : Kind.SERVICE,
                    "",
                    message,
                    null,
                    exception,
                    CallEffect.of(exception));
        }
        return new ServiceFailure(Kind.SERVICE, "", exception.getMessage(), null, exception, CallEffect.of(exception));
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
        String message = String.valueOf(exception.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return message.contains("credential") || message.contains("token") || message.contains("sso");
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
