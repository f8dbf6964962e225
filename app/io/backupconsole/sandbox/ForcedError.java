package io.backupconsole.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.backupconsole.sandbox.protocol.ServiceError;

/**
 * An error the sandbox answers every call of one operation with, before the call takes effect: any code and HTTP
 * status, modelled or not, to see what the app makes of an answer the simulators never give (a member of
 * {@link SandboxConfig#forcedErrors()}).
 *
 * @param operation {@code service:Operation}, e.g. {@code lightsail:CreateRelationalDatabaseSnapshot}
 * @param status    the HTTP status, 400..599
 * @param code      the error code
 * @param message   the error message, or null to send none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ForcedError(String operation, int status, String code, String message) {
    public ForcedError {
        if (operation == null || !operation.matches("[a-z0-9-]+:[A-Za-z0-9]+")) {
            throw new IllegalArgumentException(
                    "forcedErrors: operation must look like \"fsx:CreateBackup\", got " + operation);
        }
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("forcedErrors: status must be between 400 and 599, got " + status);
        }
        if (code == null || !code.matches("[A-Za-z0-9._:-]{1,128}")) {
            throw new IllegalArgumentException("forcedErrors: code must be 1-128 letters or digits, got " + code);
        }
    }

    ServiceError toServiceError() {
        return new ServiceError(status, code, message);
    }
}
