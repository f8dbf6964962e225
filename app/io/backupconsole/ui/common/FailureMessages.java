package io.backupconsole.ui.common;

import io.backupconsole.aws.credentials.ProfileNotFoundException;
import io.backupconsole.domain.FailureText;
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.tracking.JournalUnwritable;
import java.util.concurrent.CompletionException;

/**
 * Failures in words that say what to do next. Shared by every view that shows an inline error. Never returns null,
 * a blank text or the word "null": every part comes from {@link FailureText} or a {@link ServiceFailure}, whose
 * message is never empty.
 */
public final class FailureMessages {
    private FailureMessages() {}

    public static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof JournalUnwritable || cause instanceof ProfileNotFoundException) {
            return FailureText.of(cause);
        }
        if (!(cause instanceof ServiceFailure f)) {
            return "Unexpected error: " + FailureText.of(cause);
        }
        return switch (f.kind()) {
            // Views that retry say when themselves (RefreshBackoff); a dialog or the overview does not retry.
            case NETWORK -> f.getMessage();
            // No error code: the credentials failed before any call (sign-in needed, credential_process), and their
            // message says what to do.
            case ACCESS_DENIED ->
                f.errorCode().isEmpty()
                        ? f.getMessage()
                        : "Access denied (" + f.errorCode() + "): " + f.getMessage()
                                + " Sign in again (for SSO profiles: aws sso login) or ask for the permission named"
                                + " above.";
            case THROTTLED -> "AWS is throttling requests; try again in a minute (lists retry on their next refresh).";
            default ->
                f.getMessage()
                        + (f.errorCode().isEmpty() || f.getMessage().contains(f.errorCode())
                                ? ""
                                : " (" + f.errorCode() + ")");
        };
    }
}
