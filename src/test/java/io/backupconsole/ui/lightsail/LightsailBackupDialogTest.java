package io.backupconsole.ui.lightsail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.testsupport.FxDialogHarness;
import io.backupconsole.testsupport.SandboxFixture;
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

/** The Lightsail snapshot dialog driven headless against the in-process sandbox, with its real debounce. */
@ExtendWith(ApplicationExtension.class)
class LightsailBackupDialogTest {
    private static final String DATABASE = "analytics-pg";

    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private final FxDialogHarness harness = new FxDialogHarness();

    @Start
    void start(Stage stage) {
        harness.show(
                stage,
                sandbox,
                AwsService.LIGHTSAIL,
                DATABASE,
                LightsailBackupDialogViewModel::new,
                model -> new LightsailBackupDialog(model).root());
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    private boolean messageShown(FxRobot robot, String start) {
        return robot.lookup(".field-message").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.isVisible() && label.getText().startsWith(start));
    }

    @Test
    void aTakenNameIsFoundInTheBackgroundThenAFreeOneCreatesTheSnapshot(FxRobot robot) throws Exception {
        Button create = robot.lookup("#createBackup").queryButton();
        TextField name = robot.lookup(".text-field").queryAs(TextField.class);
        String taken = harness.adapters().get(AwsService.LIGHTSAIL).listBackups(DATABASE).stream()
                .map(BackupSummary::id)
                .findFirst()
                .orElseThrow();

        robot.clickOn(name).eraseText(name.getText().length()).write("-bad-");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(create.isDisabled());
        assertTrue(messageShown(robot, "Snapshot name (relationalDatabaseSnapshotName) must start with"));

        robot.eraseText(5).write(taken);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> messageShown(robot, "A snapshot named"));
        assertTrue(create.isDisabled());

        robot.write("-2");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !create.isDisabled());
        robot.clickOn(create);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !harness.started.isEmpty());
        assertEquals(taken + "-2", harness.started.get(0).serviceJobId());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(harness.dialog().dialog().isShowing());
    }
}
