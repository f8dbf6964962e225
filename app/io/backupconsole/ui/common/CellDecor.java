package io.backupconsole.ui.common;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * What a table cell changes on every update, done cheaply. Cells are reused as rows scroll or a filter changes
 * the rows shown, so every visible cell runs its update on each keystroke: a new {@link javafx.scene.control.Tooltip}
 * per update (a popup window with its own scene and CSS) was a third of a 10,000-row filter keystroke, and removing
 * then re-adding the same style class makes JavaFX re-match the node's CSS (docs/benchmarks.md, "Filtering and FX
 * stalls"). FX thread only.
 */
public final class CellDecor {
    private static final Object HOVER_READY = new Object();

    private CellDecor() {}

    /** A column of plain text with the whole text on hover, since narrow columns cut long ids and types short. */
    public static <S> void textColumn(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(c -> hoverTextCell((cell, text) -> {}));
    }

    /**
     * A cell that shows its text, whole on hover; {@code decorate} then styles it by its text (null when empty).
     */
    public static <S> TableCell<S, String> hoverTextCell(BiConsumer<TableCell<S, String>, String> decorate) {
        return new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                String shown = empty ? null : text;
                setText(shown);
                hover(this, shown);
                decorate.accept(this, shown);
            }
        };
    }

    /**
     * Shows this text on hover, or nothing when it is null or empty. The text is the cell's accessible help; the
     * tooltip itself is made on the first hover and then reused as the cell is ({@link LazyTooltips}).
     */
    public static void hover(Control cell, String text) {
        if (cell.getProperties().putIfAbsent(HOVER_READY, Boolean.TRUE) == null) {
            LazyTooltips.install(cell);
        }
        cell.setAccessibleHelp(text == null || text.isEmpty() ? null : text);
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
