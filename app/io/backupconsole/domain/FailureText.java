package io.backupconsole.domain;

/**
 * The words of an exception for a person: the first message along its causes that says something, on one line,
 * else the exception's type. Never null or blank, so no status bar, dialog or {@code error:} line shows "null".
 */
public final class FailureText {
    private FailureText() {}

    public static String of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.isBlank()) {
                return oneLine(message);
            }
        }
        return failure == null ? "Unknown failure" : failure.getClass().getSimpleName();
    }

    /** Line breaks (a service's message, a process's output) folded into spaces: one line, nothing dropped. */
    public static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
