package io.backupconsole.ui.common;

import java.time.Clock;
import java.time.Instant;
import javafx.scene.control.TableCell;

/** A table cell showing a time in human form ("3 h ago") with the exact time on hover. */
public final class TimeCell<S> extends TableCell<S, Instant> {
    private final Clock clock;

    public TimeCell(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void updateItem(Instant time, boolean empty) {
        super.updateItem(time, empty);
        if (empty) {
            setText(null);
            CellDecor.hover(this, null);
            return;
        }
        setText(Formats.relative(time, clock.instant(), clock.getZone()));
        CellDecor.hover(this, Formats.exact(time, clock.getZone()));
    }
}
