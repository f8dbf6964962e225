package io.backupconsole.aws;

import io.backupconsole.domain.ServiceFailure.Kind;
import java.util.Map;
import java.util.Optional;

/**
 * Every error code the app knows, with its kind and the words for the user: each error the four services' models
 * list for the operations the app calls ({@code ModelledErrorsTest} walks the SDK's generated clients so none is
 * left out), plus the common AWS codes any endpoint may answer (throttling, signatures, unknown operations).
 *
 * <p>The kind does not decide whether a call may have taken effect: the HTTP status does ({@link CallEffect}). The
 * words never name a request member nor say "role" or "vault", because the create dialogs find the field an error is
 * about by searching its message for such words.
 */
final class ErrorCatalog {

    /**
     * @param kind what the user can do about it
     * @param what what failed, said when the service sent no message of its own
     * @param todo what to do, said always
     */
    record Entry(Kind kind, String what, String todo) {}

    private static final String REFRESH = "refresh the list; it may have been deleted";
    private static final String LATER = "try again in a few minutes";

    private static final Map<String, Entry> ENTRIES = Map.ofEntries(
            // Refused as invalid: nothing was done.
            Map.entry(
                    "ValidationException",
                    invalid("The service found a value of the request not valid", "correct it and send it again")),
            Map.entry("BadRequest", invalid("FSx found the request not valid", "correct it and send it again")),
            Map.entry(
                    "InvalidParameterValueException",
                    invalid("The service found a parameter value not valid", "correct it and send it again")),
            Map.entry(
                    "MissingParameterValueException",
                    invalid("The service is missing a required parameter", "fill it in and send it again")),
            Map.entry(
                    "InvalidRequestException",
                    invalid(
                            "The service found the request not valid for this resource or its settings",
                            "correct the setting concerned and send it again")),
            Map.entry(
                    "InvalidInputException",
                    invalid("Lightsail found a value of the request not valid", "correct it and send it again")),
            Map.entry(
                    "SerializationException",
                    invalid("The service could not read the request", "remove unusual characters and try again")),
            Map.entry(
                    "InvalidNextTokenException",
                    invalid("The service no longer accepts the page token of this listing", "refresh the list")),
            Map.entry(
                    "AlreadyExistsException",
                    invalid("AWS Backup already has a plan or selection like this", "choose a different one")),
            // Not possible in the current state: nothing was done.
            Map.entry(
                    "InvalidStateException",
                    state("The resource's current state does not allow this", "wait until its current work ends")),
            Map.entry(
                    "BackupInProgress",
                    state(
                            "FSx is already backing up this file system or volume",
                            "wait until that backup ends, then try again")),
            Map.entry(
                    "BackupRestoring",
                    state("FSx is restoring from this backup", "try again after the restore has finished")),
            Map.entry(
                    "BackupBeingCopied", state("FSx is copying this backup", "try again after the copy has finished")),
            Map.entry(
                    "UnsupportedOperation",
                    state(
                            "FSx does not support this for this resource's type or settings",
                            "use the AWS console for what the app cannot do")),
            Map.entry(
                    "OperationFailureException",
                    state(
                            "Lightsail cannot do this in the database's current state",
                            "wait until the database is available, then try again")),
            Map.entry("AccountSetupInProgressException", state("Lightsail is still setting up this account", LATER)),
            Map.entry(
                    "RegionSetupInProgressException",
                    state("Lightsail is still setting up this Region for the account", LATER)),
            // Quotas.
            Map.entry(
                    "LimitExceededException",
                    new Entry(
                            Kind.LIMIT_EXCEEDED,
                            "A quota of the service is reached",
                            "delete backups you no longer need or wait for running ones to end,"
                                    + " or ask AWS for a higher quota")),
            Map.entry(
                    "ServiceLimitExceeded",
                    new Entry(
                            Kind.LIMIT_EXCEEDED,
                            "An FSx quota is reached",
                            "delete backups you no longer need, or ask AWS for a higher quota")),
            // Gone.
            Map.entry("ResourceNotFoundException", notFound("The service does not know this resource")),
            Map.entry("NotFoundException", notFound("Lightsail does not know this resource")),
            Map.entry("FileSystemNotFound", notFound("FSx does not know this file system")),
            Map.entry("VolumeNotFound", notFound("FSx does not know this volume")),
            Map.entry("BackupNotFound", notFound("FSx does not know this backup")),
            // The same token with other parameters.
            Map.entry(
                    "IncompatibleParameterError",
                    new Entry(
                            Kind.CONFLICT,
                            "FSx already has a request with this token but other parameters",
                            "start a new backup instead of resending this one")),
            // Credentials.
            Map.entry(
                    "AccessDeniedException",
                    denied(
                            "These credentials are not allowed to do this",
                            "ask for the permission, or use another profile")),
            Map.entry(
                    "AccessDenied",
                    denied(
                            "These credentials are not allowed to do this",
                            "ask for the permission, or use another profile")),
            Map.entry(
                    "UnauthenticatedException",
                    denied("Lightsail did not accept these credentials", "sign in again or check the profile's keys")),
            Map.entry(
                    "UnrecognizedClientException",
                    denied("The service does not know these credentials", "sign in again or check the profile's keys")),
            Map.entry(
                    "InvalidClientTokenId",
                    denied("The service does not know this access key", "sign in again or check the profile's keys")),
            Map.entry("ExpiredTokenException", denied("The session credentials have expired", "sign in again")),
            Map.entry("ExpiredToken", denied("The session credentials have expired", "sign in again")),
            Map.entry(
                    "InvalidSignatureException",
                    denied(
                            "The service could not verify the request's signature",
                            "check the secret key and this computer's clock")),
            Map.entry(
                    "SignatureDoesNotMatch",
                    denied(
                            "The service could not verify the request's signature",
                            "check the secret key and this computer's clock")),
            // Throttled after the SDK's own retries: refused before doing anything.
            Map.entry("ThrottlingException", throttled()),
            Map.entry("Throttling", throttled()),
            Map.entry("ThrottledException", throttled()),
            Map.entry("TooManyRequestsException", throttled()),
            Map.entry("RequestLimitExceeded", throttled()),
            // An endpoint that implements only part of the API.
            Map.entry(
                    "UnknownOperationException",
                    new Entry(
                            Kind.REFUSED,
                            "This endpoint does not implement the operation",
                            "use an endpoint that does, or AWS itself")),
            // The service's side (5xx): the request may have been carried out.
            Map.entry("InternalServerError", failed("FSx failed on its side")),
            Map.entry("ServiceUnavailableException", failed("AWS Backup is unavailable at the moment")),
            Map.entry("DependencyFailureException", failed("A service that AWS Backup depends on failed")),
            Map.entry("ServiceException", failed("Lightsail failed on its side")),
            Map.entry("InternalFailure", failed("The service failed on its side")),
            Map.entry("InternalError", failed("The service failed on its side")),
            Map.entry("ServiceUnavailable", failed("The service is unavailable at the moment")));

    private ErrorCatalog() {}

    static Optional<Entry> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(ENTRIES.get(code));
    }

    /**
     * One line for the user: the service's own message (it says what failed, with the names and values concerned)
     * or, when it sent none, the catalog's; then what to do.
     */
    static String message(Entry entry, String serviceMessage, String code) {
        String said = serviceMessage == null ? "" : serviceMessage.strip();
        if (said.isEmpty() || said.equals(code)) {
            return entry.what() + "; " + entry.todo() + ".";
        }
        boolean ended = said.endsWith(".") || said.endsWith("!") || said.endsWith("?");
        return said + (ended ? " " : ". ") + Character.toUpperCase(entry.todo().charAt(0))
                + entry.todo().substring(1) + ".";
    }

    private static Entry invalid(String what, String todo) {
        return new Entry(Kind.INVALID_INPUT, what, todo);
    }

    private static Entry state(String what, String todo) {
        return new Entry(Kind.INVALID_STATE, what, todo);
    }

    private static Entry notFound(String what) {
        return new Entry(Kind.NOT_FOUND, what, REFRESH);
    }

    private static Entry denied(String what, String todo) {
        return new Entry(Kind.ACCESS_DENIED, what, todo);
    }

    private static Entry throttled() {
        return new Entry(Kind.THROTTLED, "The service is throttling requests", "wait a minute and try again");
    }

    private static Entry failed(String what) {
        return new Entry(Kind.SERVICE, what, LATER);
    }
}
