package io.backupconsole.ui.fsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.AwsService;
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

/** The FSx create-backup dialog driven headless against the in-process sandbox. */
@ExtendWith(ApplicationExtension.class)
class FsxBackupDialogTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private final FxDialogHarness harness = new FxDialogHarness();

    @Start
    void start(Stage stage) {
        harness.show(
                stage,
                sandbox,
                AwsService.FSX,
                "fs-0a1b2c3d4e5f60001",
                FsxBackupDialogViewModel::new,
                model -> new FsxBackupDialog(model).root());
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void aNameFsxRefusesIsExplainedThenAGoodOneCreatesTheBackup(FxRobot robot) throws Exception {
        Button create = robot.lookup("#createBackup").queryButton();
        TextField name = robot.lookup(".text-field").queryAs(TextField.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(name.isFocused(), "typing starts in the name field");
        assertTrue(robot.lookup(".form-notice").queryAs(Label.class).getText().contains("own tags are not copied"));

        robot.clickOn(name).write("before upgrade, 2");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(create.isDisabled(), "typed: " + name.getText());
        assertTrue(name.getStyleClass().contains("invalid"));
        assertTrue(robot.lookup(".field-message").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.isVisible() && label.getText().startsWith("Backup name may contain only")));

        robot.eraseText(3).write("-2");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(create.isDisabled());
        robot.clickOn(create);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !harness.started.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(harness.dialog().dialog().isShowing());
        assertEquals("before upgrade-2", harness.started.get(0).request().name());
        assertTrue(harness.adapters().get(AwsService.FSX).listBackups("fs-0a1b2c3d4e5f60001").stream()
                .anyMatch(b -> b.id().equals(harness.started.get(0).serviceJobId())
                        && b.name().equals("before upgrade-2")));
    }
}
