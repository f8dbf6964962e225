package io.backupconsole.ui.common;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help texts become tooltips on the first hover, and then show like any tooltip. */
@ExtendWith(ApplicationExtension.class)
class LazyTooltipsTest {
    private Button refresh;
    private Label plain;
    private HBox bottomRight;

    @Start
    void start(Stage stage) {
        refresh = new Button("Refresh");
        plain = new Label("no help here");
        refresh.setAccessibleHelp("Reload every service's resources (F5)");
        bottomRight = new HBox();
        bottomRight.setAlignment(Pos.BOTTOM_RIGHT);
        VBox.setVgrow(bottomRight, Priority.ALWAYS);
        VBox root = new VBox(plain, bottomRight);
        LazyTooltips.install(root);
        stage.setScene(new Scene(root, 400, 200));
        stage.show();
    }

    @Test
    void theTooltipIsBuiltOnTheFirstHoverAndShows(FxRobot robot) {
        // Added only now, away from the pointer (which may rest anywhere when the stage shows).
        robot.moveTo(plain);
        robot.interact(() -> bottomRight.getChildren().add(refresh));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(plain.getTooltip(), "a node without a help text gets none");
        assertNull(refresh.getTooltip(), "no popup window is built before anyone hovers");

        robot.moveTo(refresh);
        robot.moveBy(2, 1);

        Tooltip tooltip = refresh.getTooltip();
        assertEquals("Reload every service's resources (F5)", tooltip.getText());
        await().atMost(Duration.ofSeconds(10)).until(tooltip::isShowing);

        robot.moveTo(plain);
        robot.moveTo(refresh);
        assertSame(tooltip, refresh.getTooltip(), "one tooltip per node, not one per hover");
        robot.interact(() -> refresh.setAccessibleHelp("Reload (F5)"));
        assertEquals("Reload (F5)", tooltip.getText());
        // A reused table cell: no help text, no tooltip (not an empty popup); help again, the same tooltip again.
        robot.interact(() -> refresh.setAccessibleHelp(null));
        assertNull(refresh.getTooltip());
        robot.interact(() -> refresh.setAccessibleHelp("Reload"));
        assertSame(tooltip, refresh.getTooltip());
    }
}
