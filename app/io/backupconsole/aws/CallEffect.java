package io.backupconsole.aws;

import io.backupconsole.domain.ServiceFailure.Effect;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLHandshakeException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Whether a failed SDK call may have taken effect: the one rule behind {@code ServiceFailure.mayHaveTakenEffect()},
 * which the submitter, and through it the create dialogs and the {@code backup} command, follow.
 *
 * <ul>
 *   <li>an HTTP 4xx answer, whatever its code (modelled or not): refused, nothing was done;
 *   <li>an HTTP 5xx answer (or any other status): the service may have acted before failing;
 *   <li>no answer: a timeout, or a connection lost after the request may have been sent, may have taken effect; a
 *       request that never left did nothing (credentials not resolved, no connection made: refused, unknown host,
 *       TLS handshake).
 * </ul>
 *
 * The SDK retries 5xx answers, throttling and I/O failures itself, and an earlier attempt whose answer was lost may
 * have done what a later attempt is refused for (FSx says BackupInProgress about the backup the lost attempt
 * started). So the verdict covers every attempt. The SDK keeps earlier attempts only as messages ("Request attempt 1
 * failure: …"): one counts as having done nothing when it reports a 4xx status, or failed exactly as a last attempt
 * that never left. Whatever is in doubt may have taken effect: a locked dialog and an identical resend are safe, a
 * wrong "nothing was done" can make a second backup. Pure.
 */
final class CallEffect {
    private static final Pattern EARLIER_ATTEMPT =
            Pattern.compile("Request attempt \\d+ failure: (.*)", Pattern.DOTALL);
    private static final Pattern STATUS = Pattern.compile("Status Code: (\\d{3}), Request ID:");
    private static final Pattern ATTEMPT_COUNT = Pattern.compile("\\s*\\(SDK Attempt Count: \\d+\\)$");

    private CallEffect() {}

    static Effect of(SdkException failure) {
        SdkException lastAttempt = lastAttempt(failure);
        boolean neverLeft = neverLeft(failure);
        if (!neverLeft && !refusedStatus(failure)) {
            return Effect.UNKNOWN;
        }
        String lastText = withoutAttemptCount(lastAttempt.getMessage());
        for (Throwable record : lastAttempt.getSuppressed()) {
            Matcher earlier = EARLIER_ATTEMPT.matcher(String.valueOf(record.getMessage()));
            if (!earlier.matches()) {
                continue;
            }
            String text = withoutAttemptCount(earlier.group(1));
            boolean didNothing = refusedStatus(text) || neverLeft && text.equals(lastText);
            if (!didNothing) {
                return Effect.UNKNOWN;
            }
        }
        return Effect.NONE;
    }

    private static boolean refusedStatus(SdkException failure) {
        return failure instanceof AwsServiceException answer && answer.statusCode() >= 400 && answer.statusCode() < 500;
    }

    /** Whether an earlier attempt's message reports a 4xx answer (the SDK's "(Service: …, Status Code: 4xx, …)"). */
    private static boolean refusedStatus(String attemptMessage) {
        Matcher status = STATUS.matcher(attemptMessage);
        String last = null;
        while (status.find()) {
            last = status.group(1);
        }
        return last != null && last.startsWith("4");
    }

    /** Whether the last attempt failed before any byte of the request could reach the service. */
    private static boolean neverLeft(SdkException failure) {
        if (failure instanceof AwsServiceException
                || causedBy(failure, ApiCallTimeoutException.class)
                || causedBy(failure, ApiCallAttemptTimeoutException.class)
                || causedBy(failure, AbortedException.class)) {
            return false;
        }
        if (causedBy(failure, IOException.class)) {
            return causedBy(failure, ConnectException.class)
                    || causedBy(failure, NoRouteToHostException.class)
                    || causedBy(failure, UnknownHostException.class)
                    || causedBy(failure, SSLHandshakeException.class);
        }
        // No I/O and no attempt counted: it failed before the first attempt (credentials, marshalling).
        for (Throwable c = failure; c != null; c = c.getCause()) {
            if (c instanceof SdkException sdk && sdk.numAttempts() != null) {
                return false;
            }
        }
        return true;
    }

    /** The exception of the SDK's last attempt, which carries the earlier ones (a translation may wrap it). */
    private static SdkException lastAttempt(SdkException failure) {
        for (Throwable c = failure; c != null; c = c.getCause()) {
            if (c instanceof SdkException sdk && sdk.numAttempts() != null) {
                return sdk;
            }
        }
        return failure;
    }

    private static String withoutAttemptCount(String message) {
        return message == null ? "" : ATTEMPT_COUNT.matcher(message).replaceFirst("");
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
