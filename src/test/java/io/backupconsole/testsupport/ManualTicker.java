package io.backupconsole.testsupport;

import io.backupconsole.ui.common.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A ticker the test fires by hand: {@link #tick()} runs every repetition that has not been cancelled. */
public final class ManualTicker implements Ticker {
    private final List<Runnable> active = new ArrayList<>();

    @Override
    public Ticket every(Duration interval, Runnable action) {
        active.add(action);
        return () -> active.remove(action);
    }

    public void tick() {
        List.copyOf(active).forEach(Runnable::run);
    }

    public int activeCount() {
        return active.size();
    }
}
