package io.backupconsole.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view's FXML (next to the view's class, under ui-resources/) with the view itself as controller. A node's
 * {@code accessibleHelp} becomes its tooltip on first hover ({@link LazyTooltips}): FXML gives help texts that way
 * rather than as {@code <tooltip>} elements, which would each build a popup window up front.
 */
public final class Fxml {
    private Fxml() {}

    /** FX thread; the controller's {@code @FXML initialize()} runs during this call. */
    public static Parent load(Object controller, String fxmlName) {
        FXMLLoader loader = new FXMLLoader(controller.getClass().getResource(fxmlName));
        loader.setController(controller);
        try {
            Parent root = loader.load();
            LazyTooltips.install(root);
            return root;
        } catch (IOException | IllegalStateException e) {
            throw new UncheckedIOException(
                    fxmlName + " is missing or broken", e instanceof IOException io ? io : new IOException(e));
        }
    }
}
