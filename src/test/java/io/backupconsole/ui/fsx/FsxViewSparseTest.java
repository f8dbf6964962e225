package io.backupconsole.ui.fsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.testsupport.FxViewHarness;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.SparseAnswers;
import io.backupconsole.ui.resources.ResourceTableView;
import io.backupconsole.ui.resources.ResourceTableViewModel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
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

/**
 * The FSx view, as a user sees it, against an endpoint that answers only ids and required members and does not
 * implement DescribeVolumes: every file system is listed, in an "Unknown" state, with "—" where a size or a time
 * would be, a line under the filter says the volumes are missing and why, and "Back up…" is left to FSx.
 */
@SparseAnswers
@ExtendWith(ApplicationExtension.class)
class FsxViewSparseTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private final FxViewHarness harness = new FxViewHarness();

    @Start
    void start(Stage stage) {
        harness.show(
                stage,
                sandbox,
                context ->
                        new ResourceTableView(new ResourceTableViewModel(FsxTable.spec(), context), context.clock()));
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    private static List<String> cellTexts(FxRobot robot, String columnText) {
        return robot
                .lookup(".table-cell")
                .<TableCell<?, ?>>match(cell -> cell.getTableColumn() != null
                        && columnText.equals(cell.getTableColumn().getText())
                        && !cell.isEmpty())
                .queryAllAs(TableCell.class)
                .stream()
                .map(cell -> cell.getGraphic() instanceof Labeled badge ? badge.getText() : cell.getText())
                .toList();
    }

    @Test
    void fileSystemsAreListedWithWhatTheAnswerLeftOutShownAsUnknownAndANotice(FxRobot robot) throws Exception {
        // Set here: the fixture resets the sandbox after the view was started.
        sandbox.configure(c -> c.withUnsupportedOperations(List.of("fsx:DescribeVolumes")));
        robot.clickOn("_Refresh");
        TableView<Resource> table = robot.lookup("#table").queryTableView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 7);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(table.getItems().stream().allMatch(r -> r.id().startsWith("fs-")), "file systems, no volume");
        List<String> states = cellTexts(robot, "Lifecycle");
        assertFalse(states.isEmpty());
        assertTrue(states.stream().allMatch("Unknown"::equals), states.toString());
        List<String> capacities = cellTexts(robot, "Capacity");
        assertTrue(capacities.stream().allMatch("—"::equals), capacities.toString());
        List<String> created = cellTexts(robot, "Created");
        assertTrue(created.stream().allMatch("—"::equals), created.toString());

        Label notice = robot.lookup("#error").queryAs(Label.class);
        assertTrue(notice.isVisible());
        assertTrue(
                notice.getText().startsWith("FSx volumes are not listed (DescribeVolumes failed)"), notice.getText());

        String scratch = sandbox.idsByName(AwsService.FSX).get("render-scratch");
        FxViewHarness.clickCell(robot, scratch);
        Button backUp = robot.lookup(".details-pane .button")
                .match((Button b) -> b.getText().equals("_Back up…"))
                .query();
        assertFalse(backUp.isDisabled(), "what the answer did not say is left to FSx");
        Node badge = robot.lookup("#stateBadge").query();
        assertEquals("Unknown", ((Labeled) badge).getText());
    }
}
