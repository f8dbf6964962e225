package io.backupconsole.ui.common;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Sizes and times in human form, with the exact value for tooltips. Pure functions. */
public final class Formats {
    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT);
    /** A state the service did not report. */
    public static final String UNKNOWN_STATE = "Unknown";

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

    private Formats() {}

    /** 1536 → "1.5 KiB"; null → "—". */
    public static String bytes(Long bytes) {
        if (bytes == null) {
            return "—";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0
                ? bytes + " B"
                : String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, UNITS[unit]);
    }

    /** What a state badge says: the service's state word, "Unknown" when the service did not say. */
    public static String state(String state) {
        return state == null || state.isBlank() ? UNKNOWN_STATE : state;
    }

    /** 1536 → "1,536 bytes". */
    public static String exactBytes(Long bytes) {
        return bytes == null ? "Size not reported by the service" : String.format(Locale.ROOT, "%,d bytes", bytes);
    }

    /** "just now", "5 min ago", "3 h ago", "2 days ago", or the date for anything older than a month. */
    public static String relative(Instant time, Instant now, ZoneId zone) {
        if (time == null) {
            return "—";
        }
        Duration age = Duration.between(time, now);
        if (age.isNegative()) {
            return "in " + relative(now, time, zone).replace(" ago", "");
        }
        if (age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min ago";
        }
        if (age.toDays() < 1) {
            return age.toHours() + " h ago";
        }
        if (age.toDays() < 31) {
            return age.toDays() + (age.toDays() == 1 ? " day ago" : " days ago");
        }
        return DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
                .withZone(zone)
                .format(time);
    }

    public static String exact(Instant time, ZoneId zone) {
        return time == null
                ? "Not reported by the service"
                : EXACT.withZone(zone).format(time);
    }
}
