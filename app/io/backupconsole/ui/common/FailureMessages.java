package io.backupconsole.ui.common;

import io.backupconsole.domain.ServiceFailure;

/** Failures in words that say what to do next. Shared by every view that shows an inline error. */
public final class FailureMessages {
    private FailureMessages() {}

    public static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof io.backupconsole.tracking.JournalUnwritable unsaved) {
            return unsaved.getMessage();
        }
        if (!(cause instanceof ServiceFailure f)) {
            return "Unexpected error: " + cause.getMessage();
        }
        return switch (f.kind()) {
            case NETWORK ->
                "Cannot reach the service. Check the network; the view retries on the next refresh. (" + f.getMessage()
                        + ")";
            case ACCESS_DENIED ->
                "Access denied (" + f.errorCode() + "): " + f.getMessage()
                        + " Sign in again (for SSO profiles: aws sso login) or ask for the permission named above.";
            case THROTTLED -> "AWS is throttling requests; try again in a minute (lists retry on their next refresh).";
            default -> f.getMessage() + (f.errorCode().isEmpty() ? "" : " (" + f.errorCode() + ")");
        };
    }
}
