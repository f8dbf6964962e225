package io.backupconsole.ui.opsworkscm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.Resource;
import io.backupconsole.testsupport.FxViewHarness;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.ui.resources.ResourceTableView;
import io.backupconsole.ui.resources.ResourceTableViewModel;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The OpsWorks CM view driven headless against the in-process sandbox. */
@ExtendWith(ApplicationExtension.class)
class OpsWorksCmViewTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private final FxViewHarness harness = new FxViewHarness();

    @Start
    void start(Stage stage) {
        // Real time: the seeded BACKING_UP server must still be backing up while the test looks at it.
        sandbox.configure(c -> c.withTimeScale(1.0));
        harness.show(
                stage,
                sandbox,
                context -> new ResourceTableView(
                        new ResourceTableViewModel(OpsWorksCmTable.spec(), context), context.clock()));
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    private TableView<Resource> table(FxRobot robot) throws Exception {
        TableView<Resource> table = robot.lookup(".table-view").queryTableView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 7);
        return table;
    }

    @Test
    void listsServersWithStateBadgesAndReasons(FxRobot robot) throws Exception {
        table(robot);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup(".state-badge").queryAllAs(Label.class).stream()
                        .anyMatch(badge -> "BACKING_UP".equals(badge.getText())
                                && badge.getStyleClass().contains("tone-busy")));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup(".not-eligible").queryAll().stream()
                        .anyMatch(node -> node instanceof Labeled l
                                && l.getText() != null
                                && l.getText().contains("50 manual backups")));
        assertTrue(
                robot.lookup(".retired-notice").queryAs(Label.class).getText().contains("Retired at AWS"));
    }

    @Test
    void typingInTheFilterNarrowsTheTable(FxRobot robot) throws Exception {
        TableView<Resource> table = table(robot);
        robot.clickOn(".text-field").write("puppet");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, table.getItems().size());
    }

    @Test
    void selectingAServerShowsItsDetailsBackupsAndWhyItCannotBeBackedUp(FxRobot robot) throws Exception {
        TableView<Resource> table = table(robot);
        FxViewHarness.clickCell(robot, "puppet-ci");
        assertEquals("puppet-ci", table.getSelectionModel().getSelectedItem().name());
        assertTrue(robot.lookup(".details-pane .button").queryAs(Button.class).isDisabled());
        Label reason = robot.lookup(".details-pane .not-eligible").queryAs(Label.class);
        assertTrue(reason.getText().contains("BACKING_UP"), reason.getText());

        FxViewHarness.clickCell(robot, "chef-prod");
        TableView<?> backups = robot.lookup(".details-pane .table-view").queryTableView();
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !backups.getItems().isEmpty());
        assertFalse(robot.lookup(".details-pane .button").queryAs(Button.class).isDisabled());
    }

    @Test
    void shiftSelectingASecondServerOffersToBackUpBoth(FxRobot robot) throws Exception {
        TableView<Resource> table = table(robot);
        FxViewHarness.clickCell(robot, "chef-prod");
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(2, table.getSelectionModel().getSelectedItems().size());
        assertTrue(robot.lookup(".bulk-pane").query().isVisible());
        Button bulk = robot.lookup(".bulk-pane .button").queryAs(Button.class);
        assertFalse(bulk.isDisabled());
        assertTrue(robot.lookup(".bulk-pane .label").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText() != null && label.getText().startsWith("2 selected")));
    }
}
