package io.backupconsole.ui.awsbackup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.awsbackup.BackupJobStatus;
import io.backupconsole.testsupport.FxViewHarness;
import io.backupconsole.testsupport.SandboxFixture;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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

/** The AWS Backup view's tabs driven headless against the in-process sandbox. */
@ExtendWith(ApplicationExtension.class)
class AwsBackupViewTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private final FxViewHarness harness = new FxViewHarness();

    @Start
    void start(Stage stage) {
        sandbox.configure(c -> c.withTimeScale(1.0));
        harness.show(stage, sandbox, context -> new AwsBackupView(new AwsBackupViewModel(context), context.clock()));
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void aVaultsRecoveryPointsAppearWhenItIsSelected(FxRobot robot) throws Exception {
        robot.clickOn("Vaults");
        FxViewHarness.clickCell(robot, "Default");
        TableView<BackupSummary> points = robot.lookup("#pointsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !points.getItems().isEmpty());
    }

    @Test
    void jobsCanBeFilteredByState(FxRobot robot) throws Exception {
        robot.clickOn("Recent jobs");
        TableView<BackupJobStatus> jobs = robot.lookup("#jobsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> jobs.getItems().size() > 10);
        ComboBox<String> state = robot.lookup("#jobStateFilter").queryComboBox();
        robot.interact(() -> state.setValue("FAILED"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!jobs.getItems().isEmpty()
                && jobs.getItems().stream().allMatch(j -> j.state().equals("FAILED")));
    }

    @Test
    void theProtectedResourcesTabIsTheSharedTableWithoutASecondTitleOrRefresh(FxRobot robot) throws Exception {
        TableView<Resource> table = robot.lookup("#table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        assertEquals(
                List.of("Resource", "Type", "Last backup", "Back up"),
                table.getColumns().stream().map(TableColumn::getText).toList());
        assertEquals("Protected resources", table.getAccessibleText());
        long titles = robot.lookup(".page-title").queryAllAs(Label.class).stream()
                .filter(Node::isVisible)
                .count();
        long refreshButtons = robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(button -> button.isVisible() && "_Refresh".equals(button.getText()))
                .count();
        assertEquals(1, titles, "only the view's own title, AWS Backup");
        assertEquals(1, refreshButtons, "only the view's Refresh, which refreshes the tab in front");
    }
}
