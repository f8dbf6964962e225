package io.backupconsole.aws;

import io.backupconsole.domain.ServiceFailure;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * A helper call that must not block the call it helps: when it fails (an endpoint that does not implement it, a
 * 5xx), the main call goes on without its answer and the user is told in one line what is missing. Used for the
 * calls that only add to a listing (FSx volumes next to file systems, AWS Backup's supported types and opt-in next
 * to protected resources). Blocking like the call it wraps; thread-safe.
 */
public final class AuxiliaryCall {
    private static final Logger LOG = LoggerFactory.getLogger(AuxiliaryCall.class);

    private AuxiliaryCall() {}

    /**
     * The call's answer, or {@code fallback} when it fails, with a notice added to {@code notices}.
     *
     * @param missing what the user does without when it fails, e.g. "Volumes are not listed"
     * @param call    the SDK call; its failure is translated as every other call's
     */
    public static <T> T orElse(Supplier<T> call, T fallback, String missing, List<String> notices) {
        try {
            return call.get();
        } catch (SdkException | ServiceFailure e) {
            ServiceFailure failure = e instanceof ServiceFailure known ? known : AwsErrors.translate((SdkException) e);
            String notice = missing + ": " + reason(failure);
            LOG.warn("{}", notice);
            notices.add(notice);
            return fallback;
        }
    }

    /** The failure in a few words: its code and message, never "null". */
    static String reason(ServiceFailure failure) {
        String message =
                failure.getMessage() == null ? "" : failure.getMessage().strip();
        String code = failure.errorCode();
        if (message.isEmpty()) {
            return code.isEmpty() ? "no reason given." : code + ".";
        }
        String text = code.isEmpty() || message.contains(code) ? message : code + ": " + message;
        return text.endsWith(".") ? text : text + ".";
    }
}
