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
 * own scene: the shell's seven cost 50-100 ms of the FX thread before the first frame, and the cells of a table's
 * first rows ~35 more, for tooltips most starts never show. Once made, a node's tooltip follows its help text,
 * and a node whose help text is cleared has none (a reused table cell). FX thread only.
 */
public final class LazyTooltips {
    private static final Object TOOLTIP = new Object();

    private LazyTooltips() {}

    /** Gives every node under {@code root} (and root itself) its tooltip when the mouse first enters it. */
    public static void install(Parent root) {
        root.addEventFilter(MouseEvent.MOUSE_ENTERED_TARGET, event -> makeFor(event.getTarget()));
    }

    private static void makeFor(EventTarget target) {
        if (!(target instanceof Node node)
                || isEmpty(node.getAccessibleHelp())
                || node.getProperties().containsKey(TOOLTIP)) {
            return;
        }
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(node.accessibleHelpProperty());
        node.getProperties().put(TOOLTIP, tooltip);
        attach(node, tooltip, true);
        node.accessibleHelpProperty().addListener((observable, before, help) -> {
            if (isEmpty(before) != isEmpty(help)) {
                attach(node, tooltip, !isEmpty(help));
            }
        });
    }

    private static void attach(Node node, Tooltip tooltip, boolean on) {
        if (node instanceof Control control) {
            control.setTooltip(on ? tooltip : null);
        } else if (on) {
            Tooltip.install(node, tooltip);
        } else {
            Tooltip.uninstall(node, tooltip);
        }
    }

    private static boolean isEmpty(String help) {
        return help == null || help.isEmpty();
    }
}
