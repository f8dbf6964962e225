package io.backupconsole.sandbox;

import io.backupconsole.sandbox.protocol.ServiceError;

/**
 * How one service names its request counters and answers errors: what the dispatcher needs of it besides its
 * operations.
 *
 * @param statsPrefix        prefix of its request counters ({@code fsx}, {@code lightsail}, ...)
 * @param errorMessageMember how its model spells the message member of errors ({@code Message} or {@code message})
 * @param serverErrorStatus  HTTP status of its internal-failure error
 * @param serverErrorCode    code of its internal-failure error (answers the serverError fault)
 * @param serverErrorMessage message of its internal-failure error
 */
public record ServiceConventions(
        String statsPrefix,
        String errorMessageMember,
        int serverErrorStatus,
        String serverErrorCode,
        String serverErrorMessage) {

    /** A new internal-failure error: each answer throws its own. */
    public ServiceError serverError() {
        return new ServiceError(serverErrorStatus, serverErrorCode, serverErrorMessage);
    }
}
