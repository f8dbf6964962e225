package io.backupconsole.ui.opsworkscm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.AwsService;
import io.backupconsole.testsupport.FxDialogHarness;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.tracking.TrackedJob;
import io.backupconsole.ui.create.BackupDialog;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

/** The OpsWorks CM create-backup dialog driven headless against the in-process sandbox. */
@ExtendWith(ApplicationExtension.class)
class OpsWorksCmBackupDialogTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private final FxDialogHarness harness = new FxDialogHarness();
    private final List<TrackedJob> started = harness.started;
    private BackupDialog dialog;

    @Start
    void start(Stage stage) {
        dialog = harness.show(
                stage,
                sandbox,
                AwsService.OPSWORKS_CM,
                "chef-prod",
                OpsWorksCmBackupDialogViewModel::new,
                model -> new OpsWorksCmBackupDialog(model).root());
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void aBadTagIsMarkedAndBlocksCreateUntilFixedThenTheBackupStarts(FxRobot robot) throws Exception {
        Button create = robot.lookup("#createBackup").queryButton();
        assertFalse(create.isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".text-area").query().isFocused(), "typing starts in the first field, not on Create");

        robot.clickOn("#addTag");
        TextField key = robot.lookup(".tag-editor .text-field").nth(0).queryAs(TextField.class);
        robot.clickOn(key).write("aws:owner");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(create.isDisabled());
        assertTrue(key.getStyleClass().contains("invalid"));
        assertTrue(robot.lookup(".tag-editor .field-message").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.isVisible() && label.getText().contains("reserved for AWS")));

        robot.doubleClickOn(key).eraseText(9).write("owner");
        robot.clickOn(robot.lookup(".tag-editor .text-field").nth(1).queryAs(TextField.class))
                .write("platform team");
        robot.clickOn(".text-area").write("before the upgrade");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(key.getStyleClass().contains("invalid"));
        assertFalse(create.isDisabled());

        robot.clickOn(create);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !started.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.dialog().isShowing(), "the dialog closes once the service accepted the backup");
        assertEquals("before the upgrade", started.get(0).request().description());
        assertEquals("platform team", started.get(0).request().tags().get(0).value());
    }
}
