package io.backupconsole.sandbox.support;

import io.backupconsole.sandbox.protocol.ServiceError;

/**
 * How one service spells input errors: OpsWorks CM {@code ValidationException}, FSx {@code BadRequest},
 * AWS Backup {@code MissingParameterValueException}/{@code InvalidParameterValueException}, Lightsail
 * {@code InvalidInputException}.
 */
public interface ValidationErrors {
    /** A required member is absent. */
    ServiceError missing(String member);

    /** A member is present but breaks a constraint. */
    ServiceError invalid(String message);

    /** A pagination token the service did not issue. */
    default ServiceError invalidToken() {
        return invalid("The specified pagination token is not valid.");
    }

    /** The body or a member has the wrong JSON type: every AWS JSON service answers SerializationException. */
    static ServiceError wrongType(String member, String expected) {
        return ServiceError.badRequest("SerializationException", "Member '" + member + "' must be " + expected + ".");
    }

    static ValidationErrors single(String code) {
        return new ValidationErrors() {
            @Override
            public ServiceError missing(String member) {
                return ServiceError.badRequest(
                        code,
                        "1 validation error detected: Value null at '" + member
                                + "' failed to satisfy constraint: Member must not be null");
            }

            @Override
            public ServiceError invalid(String message) {
                return ServiceError.badRequest(code, message);
            }
        };
    }
}
