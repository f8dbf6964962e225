package io.backupconsole.ui.fsx;

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
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The FSx view driven headless against the in-process sandbox, the way a user would. */
@ExtendWith(ApplicationExtension.class)
class FsxViewTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private final FxViewHarness harness = new FxViewHarness();

    @Start
    void start(Stage stage) {
        // Real time: the seeded CREATING file system stays CREATING while the test looks at it.
        sandbox.configure(c -> c.withTimeScale(1.0));
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

    private static Button detailsButton(FxRobot robot, String text) {
        return robot.lookup(".details-pane .button")
                .match((Button b) -> b.getText().equals(text))
                .query();
    }

    @Test
    void listsFileSystemsWithTheirVolumesAndTheFilterNarrowsThem(FxRobot robot) throws Exception {
        TableView<Resource> table = robot.lookup("#table").queryTableView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        int netapp = table.getItems().stream().map(Resource::name).toList().indexOf("netapp-prod");
        assertEquals(
                List.of("app_data", "app_data_dr", "svm_prod_root"),
                table.getItems().subList(netapp + 1, netapp + 4).stream()
                        .map(Resource::name)
                        .toList(),
                "volumes under their file system");
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup(".table-cell")
                        .match((TableCell<?, ?> cell) -> "└ app_data".equals(cell.getText()))
                        .tryQuery()
                        .isPresent());

        robot.clickOn("#filter").write("openzfs");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                List.of("zfs-home", "fsx", "projects"),
                table.getItems().stream().map(Resource::name).toList());
        robot.clickOn("#filter").eraseText("openzfs".length()).write("fsvol-0a1b2c3d4e5f60052");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                List.of("app_data_dr"),
                table.getItems().stream().map(Resource::name).toList());
    }

    @Test
    void afterFilteringEachCellShowsItsOwnTextOnHoverAndRowsKeepTheThemesHeight(FxRobot robot) throws Exception {
        TableView<Resource> table = robot.lookup("#table").queryTableView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        robot.clickOn("#filter").write("openzfs");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, table.getItems().size());

        // Cells are reused, their tooltips too: after the rows changed under them, the hover text must follow.
        List<TableCell<?, ?>> shown = robot
                .lookup(".table-cell")
                .match((TableCell<?, ?> cell) ->
                        !cell.isEmpty() && cell.getTableColumn().getText().equals("Name"))
                .<TableCell<?, ?>>queryAll()
                .stream()
                .toList();
        assertEquals(3, shown.size());
        shown.forEach(cell -> assertEquals(cell.getText(), cell.getAccessibleHelp()));
        TableCell<?, ?> hovered = shown.get(1);
        robot.moveTo(hovered);
        assertEquals(hovered.getText(), hovered.getTooltip().getText(), "the tooltip is made on hover, with its text");
        // The declared row height is the theme's (3em), and a state badge fits in it.
        double row = table.getFixedCellSize();
        double font = robot.lookup("#filter").queryAs(TextField.class).getFont().getSize();
        assertEquals(3 * font, row, 0.5);
        robot.lookup(".state-badge")
                .match(Label::isVisible)
                .<Label>queryAll()
                .forEach(badge -> assertTrue(badge.getHeight() < row, "badge " + badge.getHeight() + " px in " + row));
    }

    @Test
    void sortingByAColumnOrdersTheRowsAndTheFilterKeepsThatOrder(FxRobot robot) throws Exception {
        TableView<Resource> table = robot.lookup("#table").queryTableView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        // What a click on the header does (TestFX's headless click does not reach the header's sort handler).
        robot.interact(() -> table.getSortOrder()
                .setAll(table.getColumns().stream()
                        .filter(column -> column.getText().equals("Name"))
                        .findFirst()
                        .orElseThrow()));
        List<String> names = table.getItems().stream().map(Resource::name).toList();
        assertEquals(
                List.of(
                        "corp-shares",
                        "finance-new",
                        "genomics-s3",
                        "ml-training",
                        "netapp-prod",
                        "render-scratch",
                        "zfs-home",
                        "app_data",
                        "app_data_dr",
                        "fsx",
                        "projects",
                        "svm_prod_root"),
                names,
                "sorted by the name shown (volumes, shown as \"└ name\", after the file systems)");

        robot.clickOn("#filter").write("app");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                List.of("netapp-prod", "app_data", "app_data_dr", "svm_prod_root"),
                table.getItems().stream().map(Resource::name).toList(),
                "matches, still by name");
        robot.clickOn("#filter").eraseText(3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(names, table.getItems().stream().map(Resource::name).toList(), "the whole list, still by name");
    }

    @Test
    void aScratchLustreFileSystemShowsWhyItCannotBeBackedUp(FxRobot robot) throws Exception {
        FxViewHarness.clickCell(robot, "render-scratch");
        assertTrue(detailsButton(robot, "_Back up…").isDisabled());
        Label reason = robot.lookup(".details-pane .not-eligible").queryAs(Label.class);
        assertEquals("Scratch Lustre file systems cannot be backed up", reason.getText());
        assertTrue(reason.isVisible());
    }

    @Test
    void anEligibleFileSystemShowsItsBackupsAndWhichOfThemCanBeDeleted(FxRobot robot) throws Exception {
        FxViewHarness.clickCell(robot, "ml-training");
        assertFalse(detailsButton(robot, "_Back up…").isDisabled());
        TableView<BackupSummary> backups =
                robot.lookup(".details-pane .table-view").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> backups.getItems().size() == 2);
        assertEquals(
                List.of("daily-plan-ml", "pre-upgrade"),
                backups.getItems().stream().map(BackupSummary::name).toList(),
                "newest first");

        FxViewHarness.clickCell(robot, "daily-plan-ml");
        assertTrue(detailsButton(robot, "_Delete…").isDisabled(), "AWS Backup's backups are not deleted here");
        Label deleteReason = robot.lookup(".details-pane .hint").queryAs(Label.class);
        assertTrue(deleteReason.getText().startsWith("Managed by AWS Backup"), deleteReason.getText());
    }
}
