package io.backupconsole.ui.common;

import java.time.Duration;

/**
 * Calls an action repeatedly on the UI executor, e.g. a visible view's automatic refresh. Tests use a manual
 * ticker they fire themselves; the app uses {@link ScheduledTicker}.
 */
public interface Ticker {
    /** A running repetition; cancel it when the view is hidden. */
    interface Ticket {
        void cancel();
    }

    Ticket every(Duration interval, Runnable action);
}
