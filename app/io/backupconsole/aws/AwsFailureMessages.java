package io.backupconsole.aws;

import io.backupconsole.domain.FailureText;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.util.Optional;
import javax.net.ssl.SSLException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Words for failed AWS calls that the service did not word itself: an answer without an error code or message, an
 * endpoint that cannot be reached, a call that got no answer in time. Each is one line that names the call (from its
 * {@link AwsCallSite}, when the call got that far) and says what to do.
 */
final class AwsFailureMessages {
    private AwsFailureMessages() {}

    /** The service's own message, or words for an answer that has none (or not even an error code). */
    static String answer(Optional<AwsCallSite> site, String sdkService, String code, String message, int status) {
        if (message != null && !message.isBlank()) {
            return FailureText.oneLine(message);
        }
        String call = site.map(AwsCallSite::call).orElse(sdkService == null ? "The service" : sdkService);
        if (code == null || code.isBlank()) {
            return call + " answered HTTP " + status + " with no error code"
                    + (status >= 500
                            ? ": the service failed on its side. Try again later; if it goes on, the endpoint"
                                    + " may not implement this call."
                            : ": something other than the service may be answering. Check the endpoint URL.");
        }
        return call + " answered HTTP " + status + " with error code " + code + " and no message"
                + (status >= 400 && status < 500 ? ": it refused the request." : ".");
    }

    /** A call that failed before an answer: the network, DNS or TLS, or the time limit. */
    static String clientSide(Optional<AwsCallSite> site, SdkClientException failure, boolean network) {
        if (failure instanceof ApiCallTimeoutException || failure instanceof ApiCallAttemptTimeoutException) {
            String call = site.map(AwsCallSite::call).orElse("The call");
            String endpoint = site.map(AwsCallSite::endpoint).orElse("the service");
            return call + " to " + endpoint + " got no answer in time. Check the network and the endpoint, then"
                    + " try again.";
        }
        if (!network) {
            return FailureText.of(failure);
        }
        String where = site.map(s -> s.service() + " at " + s.endpoint()).orElse("the service");
        return "Could not reach " + where + ": " + unreachableBecause(failure);
    }

    private static String unreachableBecause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException unknown) {
                return "the host name " + FailureText.of(unknown)
                        + " is not known (DNS). Check the endpoint URL and the network (DNS, VPN, proxy).";
            }
            if (cause instanceof ConnectException refused) {
                return lowerFirst(FailureText.of(refused))
                        + ". Check the endpoint URL, and that the service runs and listens there.";
            }
            if (cause instanceof SSLException tls) {
                return hasCause(tls, GeneralSecurityException.class)
                        ? "its TLS certificate is not trusted (" + rootMessage(tls) + "). If your organisation"
                                + " signs it with its own CA, name that CA's PEM file in AWS_CA_BUNDLE or the"
                                + " profile's ca_bundle."
                        : "the TLS handshake failed (" + FailureText.of(tls) + "). Check that the endpoint"
                                + " speaks HTTPS; a plain-HTTP endpoint needs an http:// URL.";
            }
            if (cause instanceof SocketTimeoutException) {
                return "no answer in time. Check the network and the endpoint, then try again.";
            }
        }
        return rootMessage(failure) + ". Check the endpoint URL and the network.";
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return FailureText.of(root);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
