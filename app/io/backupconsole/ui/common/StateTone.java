package io.backupconsole.ui.common;

import java.util.Locale;

/**
 * The colour family of a state badge. Colour is never the only signal: the badge always shows the state's text.
 * One mapping for every service's state words, so the same word looks the same everywhere.
 */
public enum StateTone {
    GOOD,
    BUSY,
    WARNING,
    BAD,
    NEUTRAL;

    public String styleClass() {
        return "tone-" + name().toLowerCase(Locale.ROOT);
    }

    public static StateTone of(String state) {
        String s = state == null ? "" : state.toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (s) {
            case "healthy", "running", "available", "ok", "completed", "succeeded", "created" -> GOOD;
            case "backing-up",
                    "in-progress",
                    "creating",
                    "pending",
                    "transferring",
                    "copying",
                    "modifying",
                    "updating",
                    "setup",
                    "restoring",
                    "started",
                    "notstarted",
                    "rebooting",
                    "aborting" -> BUSY;
            case "unhealthy",
                    "under-maintenance",
                    "connection-lost",
                    "misconfigured",
                    "partial",
                    "expired",
                    "stopped",
                    "stopping",
                    "misconfigured-unavailable",
                    "deleting" -> WARNING;
            case "failed", "terminated", "aborted", "deleted" -> BAD;
            default -> NEUTRAL;
        };
    }
}
