package io.backupconsole.sandbox.awsbackup;

import io.backupconsole.domain.rules.Violation;
import io.backupconsole.sandbox.protocol.ServiceError;
import io.backupconsole.sandbox.support.ValidationErrors;
import java.util.List;

/**
 * AWS Backup's modelled errors. Each carries the model's {@code Type} ("User") and {@code Context} (the member
 * concerned) so clients can place the message next to the right field. All are HTTP 400: the model gives none of
 * them an {@code httpStatusCode}, and rest-json's default for client errors is 400.
 */
final class AwsBackupErrors implements ValidationErrors {
    static final AwsBackupErrors INSTANCE = new AwsBackupErrors();

    private AwsBackupErrors() {}

    @Override
    public ServiceError missing(String member) {
        return error("MissingParameterValueException", "Missing required parameter: " + member + ".", member);
    }

    @Override
    public ServiceError invalid(String message) {
        return error("InvalidParameterValueException", message, null);
    }

    @Override
    public ServiceError invalidToken() {
        return error("InvalidParameterValueException", "The specified NextToken is not valid.", "NextToken");
    }

    static ServiceError invalid(String member, String message) {
        return error("InvalidParameterValueException", "Invalid value for " + member + ": " + message, member);
    }

    /** The first violation decides the error; all of them are listed in the message. */
    static ServiceError invalid(List<Violation> violations) {
        Violation first = violations.getFirst();
        StringBuilder message = new StringBuilder();
        for (Violation v : violations) {
            message.append(message.isEmpty() ? "" : " ")
                    .append(v.field())
                    .append(": ")
                    .append(v.message());
        }
        return error("InvalidParameterValueException", message.toString(), first.field());
    }

    static ServiceError notFound(String message, String member) {
        return error("ResourceNotFoundException", message, member);
    }

    static ServiceError invalidRequest(String message, String member) {
        return error("InvalidRequestException", message, member);
    }

    static ServiceError limitExceeded(String message, String member) {
        return error("LimitExceededException", message, member);
    }

    private static ServiceError error(String code, String message, String context) {
        ServiceError error = ServiceError.badRequest(code, message).with("Type", "User");
        return context == null ? error : error.with("Context", context);
    }
}
