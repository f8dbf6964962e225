package io.backupconsole.ui.common;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/**
 * What a table cell changes on every update, done cheaply. Cells are reused as rows scroll or a filter changes
 * the rows shown, so every visible cell runs its update on each keystroke: a new {@link Tooltip} per update (a popup
 * window with its own scene and CSS) was a third of a 10,000-row filter keystroke, and removing then re-adding the
 * same style class makes JavaFX re-match the node's CSS (docs/benchmarks.md, session 4). One instance per cell;
 * FX thread only.
 */
public final class CellDecor {
    private Tooltip tooltip;

    /** Shows this text on hover, or no tooltip when it is null or empty; the cell's one tooltip is reused. */
    public void hover(Control cell, String text) {
        if (text == null || text.isEmpty()) {
            cell.setTooltip(null);
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip();
        }
        tooltip.setText(text);
        cell.setTooltip(tooltip);
    }

    /**
     * Gives the node exactly one style class of a family (e.g. "tone-" for "tone-good"), or none when {@code wanted}
     * is null; leaves the list alone when it already is so.
     */
    public static void oneOf(Node node, String family, String wanted) {
        List<String> classes = node.getStyleClass();
        boolean present = false;
        for (int i = classes.size() - 1; i >= 0; i--) {
            String style = classes.get(i);
            if (style.startsWith(family) && !style.equals(wanted)) {
                classes.remove(i);
            } else if (style.equals(wanted)) {
                present = true;
            }
        }
        if (wanted != null && !present) {
            classes.add(wanted);
        }
    }

    /** Adds or removes one style class, only when that changes anything. */
    public static void toggle(Node node, String styleClass, boolean on) {
        boolean has = node.getStyleClass().contains(styleClass);
        if (on && !has) {
            node.getStyleClass().add(styleClass);
        } else if (!on && has) {
            node.getStyleClass().remove(styleClass);
        }
    }
}
