package io.backupconsole.ui.common;

import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made on first hover, from each node's {@code accessibleHelp} (what screen readers announce as the
 * node's help, and what JavaFX would announce for a tooltip anyway). A {@link Tooltip} is a popup window with its
 * own scene: the shell's seven used to cost about 50-100 ms of the FX thread before the first frame, for tooltips
 * most starts never show. FX thread only.
 */
public final class LazyTooltips {
    private static final Object INSTALLED = new Object();

    private LazyTooltips() {
    }

    /** Gives every node under {@code root} that has an accessible help text its tooltip when the mouse first enters it. */
    public static void install(Parent root) {
        root.addEventFilter(MouseEvent.MOUSE_ENTERED_TARGET, event -> installOn(event.getTarget()));
    }

    private static void installOn(EventTarget target) {
        if (!(target instanceof Node node) || node.getAccessibleHelp() == null
                || node.getProperties().containsKey(INSTALLED)) {
            return;
        }
        node.getProperties().put(INSTALLED, Boolean.TRUE);
        Tooltip tooltip = new Tooltip(node.getAccessibleHelp());
        tooltip.textProperty().bind(node.accessibleHelpProperty());
        if (node instanceof Control control) {
            control.setTooltip(tooltip);
        } else {
            Tooltip.install(node, tooltip);
        }
    }
}
