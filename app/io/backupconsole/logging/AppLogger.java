package io.backupconsole.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * One SLF4J logger: formats a line (time with offset, level, thread, logger, message, stack trace), redacts it and
 * appends it to the app's log. Callable from any thread.
 */
final class AppLogger extends LegacyAbstractLogger {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSxxx");
    private static final String OWN_PREFIX = "io.backupconsole.";

    private final int threshold;
    private final RollingLogFile sink;

    AppLogger(String name, Level threshold, RollingLogFile sink) {
        this.name = name;
        this.threshold = threshold.toInt();
        this.sink = sink;
    }

    @Override
    public boolean isTraceEnabled() {
        return Level.TRACE.toInt() >= threshold;
    }

    @Override
    public boolean isDebugEnabled() {
        return Level.DEBUG.toInt() >= threshold;
    }

    @Override
    public boolean isInfoEnabled() {
        return Level.INFO.toInt() >= threshold;
    }

    @Override
    public boolean isWarnEnabled() {
        return Level.WARN.toInt() >= threshold;
    }

    @Override
    public boolean isErrorEnabled() {
        return Level.ERROR.toInt() >= threshold;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                               Throwable throwable) {
        StringBuilder line = new StringBuilder(160)
                .append(TIME.format(ZonedDateTime.now(ZoneId.systemDefault()))).append(' ')
                .append(String.format("%-5s", level)).append(" [").append(Thread.currentThread().getName()).append("] ")
                .append(name.startsWith(OWN_PREFIX) ? name.substring(OWN_PREFIX.length()) : name).append(" - ")
                .append(MessageFormatter.basicArrayFormat(pattern, arguments)).append(System.lineSeparator());
        if (throwable != null) {
            StringWriter trace = new StringWriter();
            throwable.printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        sink.append(LogRedactor.redact(line.toString()));
    }
}
