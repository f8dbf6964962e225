package io.backupconsole.ui.common;

import javafx.scene.control.TableCell;

/** A table cell showing a size in human form ("1.5 GiB") with the exact byte count on hover. */
public final class SizeCell<S> extends TableCell<S, Long> {
    @Override
    protected void updateItem(Long bytes, boolean empty) {
        super.updateItem(bytes, empty);
        if (empty) {
            setText(null);
            CellDecor.hover(this, null);
            return;
        }
        setText(Formats.bytes(bytes));
        CellDecor.hover(this, Formats.exactBytes(bytes));
    }
}
