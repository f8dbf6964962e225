package io.backupconsole.ui.activity;

import io.backupconsole.ui.common.Ticker;
import java.time.Clock;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The one "Backup activity" window: a separate, non-modal stage, built on first use and reused (brought to the
 * front) afterwards. Nothing about it is remembered between runs. FX thread only.
 */
public final class ActivityWindow {
    private final ActivityViewModel model;
    private final Clock clock;
    private final Ticker ticker;
    private Stage stage;

    public ActivityWindow(ActivityViewModel model, Clock clock, Ticker ticker) {
        this.model = model;
        this.clock = clock;
        this.ticker = ticker;
    }

    /** Shows the window, or brings it to the front when it already shows. */
    public void show() {
        if (stage == null) {
            ActivityView view = new ActivityView(model, clock, ticker);
            stage = new Stage();
            stage.setTitle("Backup activity");
            stage.setScene(new Scene(view.root()));
            stage.setMinWidth(640);
            stage.setMinHeight(360);
            stage.setOnShown(event -> view.setShowing(true));
            stage.setOnHidden(event -> view.setShowing(false));
        }
        if (stage.isIconified()) {
            stage.setIconified(false);
        }
        stage.show();
        stage.toFront();
    }
}
