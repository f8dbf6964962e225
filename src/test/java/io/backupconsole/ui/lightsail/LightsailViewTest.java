package io.backupconsole.ui.lightsail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Resource;
import io.backupconsole.testsupport.FxViewHarness;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.ui.resources.ResourceTableView;
import io.backupconsole.ui.resources.ResourceTableViewModel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
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
        // Real time: the seeded orders-pg must still be backing up while the test looks at it.
        sandbox.configure(c -> c.withTimeScale(1.0));
        harness.show(
                stage,
                sandbox,
                context -> new ResourceTableView(
                        new ResourceTableViewModel(LightsailTable.spec(), context), context.clock()));
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    private TableView<Resource> table(FxRobot robot) throws Exception {
        TableView<Resource> table = robot.lookup("#table").queryTableView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 6);
        return table;
    }

    @Test
    void listsDatabasesWithStateBadgesAndReasons(FxRobot robot) throws Exception {
        TableView<Resource> table = table(robot);
        assertEquals(
                List.of("analytics-pg", "legacy-mysql", "orders-pg", "reporting-pg", "shop-mysql", "staging-mysql"),
                table.getItems().stream().map(Resource::name).toList());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup(".state-badge").queryAllAs(Label.class).stream()
                        .anyMatch(badge -> "backing-up".equals(badge.getText())
                                && badge.getStyleClass().contains("tone-busy")));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup(".not-eligible").queryAll().stream()
                        .anyMatch(node -> node instanceof Labeled l && "Database is stopped".equals(l.getText())));
    }

    @Test
    void typingInTheFilterNarrowsTheTable(FxRobot robot) throws Exception {
        TableView<Resource> table = table(robot);
        robot.clickOn("#filter").write("postgresql");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                List.of("analytics-pg", "orders-pg", "reporting-pg"),
                table.getItems().stream().map(Resource::name).toList());
    }

    @Test
    void aStoppedDatabaseSaysWhyAndAnAvailableOneListsItsSnapshots(FxRobot robot) throws Exception {
        TableView<Resource> table = table(robot);
        FxViewHarness.clickCell(robot, "legacy-mysql");
        assertEquals("legacy-mysql", table.getSelectionModel().getSelectedItem().name());
        assertTrue(robot.lookup("#backUpButton").queryAs(Button.class).isDisabled());
        assertEquals(
                "Database is stopped",
                robot.lookup("#backUpReason").queryAs(Label.class).getText());

        FxViewHarness.clickCell(robot, "shop-mysql");
        assertFalse(robot.lookup("#backUpButton").queryAs(Button.class).isDisabled());
        TableView<BackupSummary> snapshots = robot.lookup("#backupsTable").queryTableView();
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> snapshots.getItems().size() == 3);
        assertEquals("shop-mysql-weekly", snapshots.getItems().getFirst().name(), "newest first");
        assertTrue(robot.lookup("#backupsTable .state-badge").queryAllAs(Label.class).stream()
                .anyMatch(badge -> "available".equals(badge.getText())));
    }

    @Test
    void showsTheTableSpecsTitleAndColumnsInOrderAndNoNotice(FxRobot robot) throws Exception {
        TableView<Resource> table = table(robot);
        assertEquals(
                List.of("Database", "State", "Back up", "Engine", "Bundle", "Availability zone", "Created"),
                table.getColumns().stream().map(TableColumn::getText).toList());
        assertTrue(table.isTableMenuButtonVisible(), "seven columns scroll sideways; the menu hides some");
        assertEquals(
                "Lightsail databases",
                robot.lookup(".page-title").queryAs(Label.class).getText());
        assertFalse(robot.lookup(".retired-notice").queryAs(Label.class).isVisible(), "Lightsail has no notice");
    }
}
