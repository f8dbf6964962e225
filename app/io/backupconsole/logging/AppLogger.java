package io.backupconsole.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * One SLF4J logger: formats a line (UTC time, level, thread, logger, message, stack trace), redacts it and appends it
 * to the app's log. Callable from any thread. UTC like AWS's own timestamps, and without java.time's formatter and
 * time-zone database, which would cost the first log line (at start) tens of milliseconds.
 */
final class AppLogger extends LegacyAbstractLogger {
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

    /** e.g. 2026-12-01T22:52:01.123Z (LocalDateTime.toString builds it by hand, no formatter). */
    private static String utcNow() {
        Instant now = Instant.now();
        LocalDateTime time = LocalDateTime.ofEpochSecond(
                now.getEpochSecond(), now.getNano() / 1_000_000 * 1_000_000, ZoneOffset.UTC);
        return time + (time.getNano() == 0 ? ".000Z" : "Z");
    }

    @Override
    protected void handleNormalizedLoggingCall(
            Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
        StringBuilder line = new StringBuilder(160)
                .append(utcNow())
                .append(' ')
                .append(level)
                .append(level.toString().length() == 4 ? "  [" : " [")
                .append(Thread.currentThread().getName())
                .append("] ")
                .append(name.startsWith(OWN_PREFIX) ? name.substring(OWN_PREFIX.length()) : name)
                .append(" - ")
                .append(MessageFormatter.basicArrayFormat(pattern, arguments))
                .append(System.lineSeparator());
        if (throwable != null) {
            StringWriter trace = new StringWriter();
            throwable.printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        sink.append(LogRedactor.redact(line.toString()));
    }
}
