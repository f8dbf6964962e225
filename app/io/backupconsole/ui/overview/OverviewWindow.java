package io.backupconsole.ui.overview;

import java.time.Clock;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The one "All accounts overview" window: a separate, non-modal stage built on first use and brought to the front
 * afterwards; before it shows, the caller offers the current profiles and regions. Closing it stops a load in
 * progress. FX thread only.
 */
public final class OverviewWindow {
    private final OverviewViewModel model;
    private final Clock clock;
    private Stage stage;

    public OverviewWindow(OverviewViewModel model, Clock clock) {
        this.model = model;
        this.clock = clock;
    }

    public void show() {
        if (stage == null) {
            stage = new Stage();
            stage.setTitle("All accounts overview");
            stage.setScene(new Scene(new OverviewView(model, clock).root()));
            stage.setMinWidth(720);
            stage.setMinHeight(400);
            // Closing the window ends its load: nobody reads the rows of accounts still being listed.
            stage.setOnHidden(event -> model.stop());
        }
        if (stage.isIconified()) {
            stage.setIconified(false);
        }
        stage.show();
        stage.toFront();
    }
}
