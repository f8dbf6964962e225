package io.backupconsole.ui.fsx;

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

/** The FSx view driven headless against the in-process sandbox. */
@ExtendWith(ApplicationExtension.class)
class FsxViewTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private final FxViewHarness harness = new FxViewHarness();

    @Start
    void start(Stage stage) {
        sandbox.configure(c -> c.withTimeScale(1.0));
        harness.show(stage, sandbox, context -> new FsxView(new FsxViewModel(context), context.clock()));
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void listsFileSystemsAndVolumesAndTheFilterNarrowsThem(FxRobot robot) throws Exception {
        TableView<Resource> table = robot.lookup(".table-view").queryTableView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        assertTrue(table.getItems().stream().anyMatch(r -> r.parentId() != null), "volumes are listed");
        robot.clickOn(".text-field").write("openzfs");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, table.getItems().size());
    }

    @Test
    void aScratchLustreFileSystemShowsWhyItCannotBeBackedUp(FxRobot robot) throws Exception {
        FxViewHarness.clickCell(robot, "render-scratch");
        assertTrue(robot.lookup(".details-pane .button").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup(".details-pane .not-eligible").queryAs(Label.class).getText().contains("Scratch Lustre"));
        FxViewHarness.clickCell(robot, "corp-shares");
        assertFalse(robot.lookup(".details-pane .button").queryAs(Button.class).isDisabled());
        TableView<?> backups = robot.lookup(".details-pane .table-view").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !backups.getItems().isEmpty());
    }
}
