package io.backupconsole.ui.crash;

import io.backupconsole.logging.LogRedactor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * The text a user pastes into a support request: what failed, where, on which app, Java and OS, when, and where
 * the log is. Redacted like the log, since it may be pasted anywhere.
 */
record CrashReport(String signature, String headline, String text) {

    static CrashReport of(Throwable error, String thread, Instant time, String appVersion, Path logFile) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        String text = "Backup Console " + appVersion + " — unexpected error\n"
                + "Time: " + time + "\n"
                + "Thread: " + thread + "\n"
                + "Java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
                + "OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + "\n"
                + "Log: " + logFile + "\n\n"
                + trace;
        return new CrashReport(signature(error), LogRedactor.redact(headline(error)), LogRedactor.redact(text));
    }

    /** Same type, message and throwing frame: the same problem again (a failing tick, a broken cell). */
    static String signature(Throwable error) {
        StackTraceElement[] frames = error.getStackTrace();
        return error.getClass().getName() + "|" + Objects.toString(error.getMessage(), "") + "|"
                + (frames.length == 0 ? "" : frames[0].toString());
    }

    private static String headline(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
