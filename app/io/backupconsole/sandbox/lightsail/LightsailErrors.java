package io.backupconsole.sandbox.lightsail;

import io.backupconsole.domain.rules.Violation;
import io.backupconsole.sandbox.protocol.ServiceError;
import io.backupconsole.sandbox.support.ValidationErrors;
import java.util.List;

/**
 * Lightsail's modelled errors. Every Lightsail error shape has the members {@code code}, {@code docs},
 * {@code message} and {@code tip}; the sandbox fills {@code code} and {@code docs} always and {@code tip} where
 * it tells the user what to do next. All are client errors (400) except {@code ServiceException}.
 */
final class LightsailErrors implements ValidationErrors {
    static final LightsailErrors INSTANCE = new LightsailErrors();

    private static final String DOCS =
            "https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-databases.html";

    private LightsailErrors() {}

    @Override
    public ServiceError missing(String member) {
        return invalidInput(member + " is required.", "Provide a value for " + member + ".");
    }

    @Override
    public ServiceError invalid(String message) {
        return invalidInput(message, null);
    }

    @Override
    public ServiceError invalidToken() {
        return invalidInput(
                "The pageToken is not valid: use the nextPageToken of the previous answer.",
                "Start again without a pageToken.");
    }

    /**
     * The first violation as InvalidInputException. Name rules already name the member in their message; tag
     * rules do not, so the member path is put in front ({@code tags[0].Key: ...}).
     */
    static ServiceError invalidInput(List<Violation> violations) {
        Violation first = violations.getFirst();
        String message =
                first.message().contains(first.field()) ? first.message() : first.field() + ": " + first.message();
        return invalidInput(message, null);
    }

    static ServiceError invalidInput(String message, String tip) {
        return error("InvalidInputException", message, tip);
    }

    static ServiceError notFound(String message, String tip) {
        return error("NotFoundException", message, tip);
    }

    static ServiceError operationFailure(String message, String tip) {
        return error("OperationFailureException", message, tip);
    }

    private static ServiceError error(String code, String message, String tip) {
        ServiceError error =
                ServiceError.badRequest(code, message).with("code", code).with("docs", DOCS);
        return tip == null ? error : error.with("tip", tip);
    }
}
