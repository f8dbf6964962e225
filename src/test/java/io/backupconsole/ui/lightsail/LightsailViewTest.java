package io.backupconsole.ui.lightsail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.Resource;
import io.backupconsole.testsupport.FxViewHarness;
import io.backupconsole.testsupport.SandboxFixture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Lightsail view driven headless against the in-process sandbox. */
@ExtendWith(ApplicationExtension.class)
class LightsailViewTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private final FxViewHarness harness = new FxViewHarness();

    @Start
    void start(Stage stage) {
        sandbox.configure(c -> c.withTimeScale(1.0));
        harness.show(stage, sandbox, context -> new LightsailView(new LightsailViewModel(context), context.clock()));
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void theFilterNarrowsTheDatabases(FxRobot robot) throws Exception {
        TableView<Resource> table = robot.lookup(".table-view").queryTableView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 6);
        robot.clickOn(".text-field").write("stopped");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size());
    }

    @Test
    void aStoppedDatabaseSaysWhyAndAnAvailableOneListsItsSnapshots(FxRobot robot) throws Exception {
        FxViewHarness.clickCell(robot, "legacy-mysql");
        assertTrue(robot.lookup(".details-pane .button").queryAs(Button.class).isDisabled());
        assertEquals("Database is stopped", robot.lookup(".details-pane .not-eligible").queryAs(Label.class).getText());
        FxViewHarness.clickCell(robot, "shop-mysql");
        assertFalse(robot.lookup(".details-pane .button").queryAs(Button.class).isDisabled());
        TableView<?> snapshots = robot.lookup(".details-pane .table-view").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !snapshots.getItems().isEmpty());
    }
}
