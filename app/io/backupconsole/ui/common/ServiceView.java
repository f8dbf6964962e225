package io.backupconsole.ui.common;

import javafx.scene.Node;

/**
 * What the shell needs from a service's view: its content, and to be told when it is shown or hidden. A view
 * loads on first showing, refreshes automatically only while shown, and pauses when hidden.
 */
public interface ServiceView {
    Node root();

    /** Called by the shell on the FX thread whenever this view becomes visible or hidden. */
    void setShowing(boolean showing);

    /** Reloads now (Refresh button, F5). */
    void refresh();

    /** Selects a resource in the view (now, or once its list has loaded), e.g. from the activity window. */
    default void reveal(String resourceId) {}
}
