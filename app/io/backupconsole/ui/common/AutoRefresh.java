package io.backupconsole.ui.common;

import java.time.Duration;

/**
 * Load on first showing, reload every {@code interval} while shown, stop when hidden, reload at once when the
 * connection changes and the view is shown. For view models that are not a resource table (those have it built
 * in). FX thread only.
 */
public final class AutoRefresh {
    private final Ticker ticker;
    private final Duration interval;
    private final Runnable load;
    private boolean showing;
    private boolean loaded;
    private Ticker.Ticket ticket;

    public AutoRefresh(Ticker ticker, Duration interval, ConnectionContext connection, Runnable load) {
        this.ticker = ticker;
        this.interval = interval;
        this.load = load;
        connection.adaptersProperty().addListener((obs, old, adapters) -> {
            loaded = false;
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
            ticket = ticker.every(interval, this::reload);
        }
    }

    public void reload() {
        loaded = true;
        load.run();
    }
}
