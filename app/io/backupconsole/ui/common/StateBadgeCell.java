package io.backupconsole.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

/**
 * A table cell that shows a state as a coloured badge with its text (colour is never the only signal), e.g.
 * "BACKING_UP" in the busy colour; "Unknown" (neutral) when the service did not report one. Styling: {@code .state-badge} plus a {@code .tone-*} class from {@link StateTone}.
 */
public final class StateBadgeCell<S> extends TableCell<S, String> {
    private final Label badge = new Label();

    public StateBadgeCell() {
        badge.getStyleClass().add("state-badge");
        setGraphic(null);
    }

    @Override
    protected void updateItem(String state, boolean empty) {
        super.updateItem(state, empty);
        if (empty) {
            CellDecor.oneOf(badge, "tone-", null);
            setGraphic(null);
            CellDecor.hover(this, null);
            return;
        }
        badge.setText(Formats.state(state));
        CellDecor.oneOf(badge, "tone-", StateTone.of(state).styleClass());
        setGraphic(badge);
        CellDecor.hover(
                this, state == null || state.isBlank() ? "State not reported by the service" : "State: " + state);
    }
}
