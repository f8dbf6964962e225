package io.backupconsole.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a view's FXML (next to the view's class, under ui-resources/) with the view itself as controller. */
public final class Fxml {
    private Fxml() {
    }

    /** FX thread; the controller's {@code @FXML initialize()} runs during this call. */
    public static Parent load(Object controller, String fxmlName) {
        FXMLLoader loader = new FXMLLoader(controller.getClass().getResource(fxmlName));
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException | IllegalStateException e) {
            throw new UncheckedIOException(fxmlName + " is missing or broken",
                    e instanceof IOException io ? io : new IOException(e));
        }
    }
}
