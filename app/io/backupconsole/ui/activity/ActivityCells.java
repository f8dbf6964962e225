package io.backupconsole.ui.activity;

import io.backupconsole.ui.common.CellDecor;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The activity table's two drawn cells: the state badge and the progress bar. FX thread only. */
final class ActivityCells {
    private ActivityCells() {}

    /** The state as a coloured badge with its text (colour is never the only signal); the service's word on hover. */
    static final class StateCell extends TableCell<ActivityRow, ActivityRow.Values> {
        private final Label badge = new Label();

        StateCell() {
            badge.getStyleClass().add("state-badge");
        }

        @Override
        protected void updateItem(ActivityRow.Values values, boolean empty) {
            super.updateItem(values, empty);
            if (empty || values == null) {
                CellDecor.oneOf(badge, "tone-", null);
                setGraphic(null);
                CellDecor.hover(this, null);
                return;
            }
            badge.setText(values.state());
            CellDecor.oneOf(badge, "tone-", values.tone().styleClass());
            setGraphic(badge);
            String word = values.job().progress().stateText();
            CellDecor.hover(
                    this,
                    word.isBlank() ? values.state() : values.job().service().displayName() + " says " + word);
        }
    }

    /** Determinate with the percentage where the service reports one, indeterminate otherwise, full once done. */
    static final class ProgressCell extends TableCell<ActivityRow, ActivityRow.Values> {
        private final ProgressBar bar = new ProgressBar();
        private final Label percent = new Label();
        private final HBox box = new HBox(6, bar, percent);

        ProgressCell() {
            percent.getStyleClass().add("percent");
            percent.setMinWidth(Region.USE_PREF_SIZE); // "100 %" never truncated to "100..."
            box.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(bar, Priority.ALWAYS);
            bar.setMaxWidth(Double.MAX_VALUE);
        }

        @Override
        protected void updateItem(ActivityRow.Values values, boolean empty) {
            super.updateItem(values, empty);
            if (empty || values == null || !values.barVisible()) {
                setGraphic(null);
                return;
            }
            bar.setProgress(values.progress());
            bar.setAccessibleText(values.percent().isEmpty() ? values.state() : values.percent() + " done");
            percent.setText(values.percent());
            setGraphic(box);
        }
    }
}
