package io.backupconsole.ui.opsworkscm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.Resource;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.ScriptedDialogs;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.common.ConnectionContext;
import io.backupconsole.ui.common.ScheduledTicker;
import io.backupconsole.ui.common.ViewContext;
import java.time.Clock;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
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

/** The OpsWorks CM view driven headless against the in-process sandbox. */
@ExtendWith(ApplicationExtension.class)
class OpsWorksCmViewTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private ServiceAdapters adapters;
    private ScheduledTicker ticker;

    @Start
    void start(Stage stage) {
        // The theme the app uses, so the tests see the same looked-up colours.
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        sandbox.configure(c -> c.withTimeScale(1.0));
        ConnectionContext connection = new ConnectionContext();
        ticker = new ScheduledTicker(Platform::runLater);
        ViewContext context = new ViewContext(connection, new Async(ForkJoinPool.commonPool(), Platform::runLater),
                ticker, Clock.systemUTC(), new ScriptedDialogs(), resource -> { });
        OpsWorksCmView view = new OpsWorksCmView(new OpsWorksCmViewModel(context), Clock.systemUTC());
        adapters = ServiceAdapters.connect(sandbox.connection("us-east-1"));
        connection.connected(adapters);
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1000, 700));
        stage.show();
        view.setShowing(true);
    }

    @AfterEach
    void tearDown() {
        ticker.close();
        adapters.close();
    }

    private TableView<Resource> table(FxRobot robot) throws Exception {
        TableView<Resource> table = robot.lookup(".table-view").queryTableView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 7);
        return table;
    }

    /** Clicks the table cell showing {@code text}, as a user would. */
    private static void clickCell(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".table-cell")
                .match((javafx.scene.control.TableCell<?, ?> cell) -> text.equals(cell.getText())).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".table-cell")
                .match((javafx.scene.control.TableCell<?, ?> cell) -> text.equals(cell.getText())).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void listsServersWithStateBadgesAndReasons(FxRobot robot) throws Exception {
        table(robot);
        assertTrue(robot.lookup(".state-badge").queryAllAs(Label.class).stream()
                .anyMatch(badge -> badge.getText().equals("BACKING_UP") && badge.getStyleClass().contains("tone-busy")));
        assertTrue(robot.lookup(".not-eligible").queryAll().stream()
                .anyMatch(node -> node instanceof javafx.scene.control.Labeled l && l.getText() != null
                        && l.getText().contains("50 manual backups")));
        assertTrue(robot.lookup(".retired-notice").queryAs(Label.class).getText().contains("Retired at AWS"));
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
        clickCell(robot, "puppet-ci");
        Button backUp = robot.lookup(".details-pane .button").queryAs(Button.class);
        assertTrue(backUp.isDisabled());
        Label reason = robot.lookup(".details-pane .not-eligible").queryAs(Label.class);
        assertTrue(reason.getText().contains("BACKING_UP"), reason.getText());
        assertEquals("puppet-ci", table.getSelectionModel().getSelectedItem().name());

        clickCell(robot, "chef-prod");
        TableView<?> backups = robot.lookup(".details-pane .table-view").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !backups.getItems().isEmpty());
        assertFalse(robot.lookup(".details-pane .button").queryAs(Button.class).isDisabled());
    }
}
