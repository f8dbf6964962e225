package io.backupconsole.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Load on first showing, reload every {@code interval} while shown, stop when hidden, reload at once when the
 * connection changes and the view is shown. While loads fail, the automatic reloads back off as the resource
 * tables' do ({@link RefreshBackoff}); the user's {@link #reload()} always loads at once. The owner reports each
 * load's end with {@link #succeeded()} or {@link #failed()}. For view models that are not a resource table (those
 * have it built in). FX thread only.
 */
public final class AutoRefresh {
    private final Ticker ticker;
    private final Duration interval;
    private final Clock clock;
    private final Runnable load;
    private final RefreshBackoff backoff;
    private boolean showing;
    private boolean loaded;
    private Instant attempted = Instant.MIN;
    private Ticker.Ticket ticket;

    public AutoRefresh(Ticker ticker, Duration interval, Clock clock, ConnectionContext connection, Runnable load) {
        this.ticker = ticker;
        this.interval = interval;
        this.clock = clock;
        this.load = load;
        this.backoff = new RefreshBackoff(clock);
        connection.adaptersProperty().addListener((obs, old, adapters) -> {
            loaded = false;
            backoff.reset();
            if (showing) {
                reload();
            }
        });
    }

    public void setShowing(boolean nowShowing) {
        showing = nowShowing;
        if (ticket != null) {
            ticket.cancel();
            ticket = null;
        }
        if (showing) {
            if (!loaded) {
                reload();
            }
            ticket = ticker.every(interval, this::automatic);
        }
    }

    /** Loads now, whatever the backoff says (the user's Refresh, a first showing, a new connection). */
    public void reload() {
        loaded = true;
        attempted = clock.instant();
        load.run();
    }

    /** The last load worked: automatic reloads go back to every {@code interval}. */
    public void succeeded() {
        backoff.reset();
    }

    /** The last load failed: the next automatic reload waits longer (30 s, 1, 2, 4, then every 5 minutes). */
    public void failed() {
        backoff.failed(attempted);
    }

    /** " Next automatic try at 14:03:22.", to follow a failure's message. */
    public String nextTryWords() {
        return backoff.nextTryWords();
    }

    private void automatic() {
        if (backoff.due()) {
            reload();
        }
    }
}
