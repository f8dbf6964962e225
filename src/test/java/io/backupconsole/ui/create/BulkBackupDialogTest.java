package io.backupconsole.ui.create;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.testsupport.FxDialogHarness;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.ui.awsbackup.AwsBackupBulkPlan;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
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

/** "Back up selected…" for AWS Backup driven headless: vaults listed, a bad shared tag, then one job per resource. */
@ExtendWith(ApplicationExtension.class)
class BulkBackupDialogTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private final FxDialogHarness harness = new FxDialogHarness();

    @Start
    void start(Stage stage) {
        harness.show(
                stage,
                sandbox,
                AwsService.BACKUP,
                "arn:aws:ec2:us-east-1:123456789012:instance/i-0a1b2c3d4e5f67890",
                (first, context) -> {
                    List<Resource> two = context.connection().adapters().get(AwsService.BACKUP).listResources().stream()
                            .filter(r -> r.eligibility().allowed())
                            .limit(2)
                            .toList();
                    return new BulkBackupDialogViewModel(two, new AwsBackupBulkPlan(), context);
                },
                model -> new BulkBackupDialog(model).root());
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void aBadSharedTagIsMarkedThenOneJobStartsPerResource(FxRobot robot) throws Exception {
        Button create = robot.lookup("#createBackup").queryButton();
        ComboBox<?> vault = robot.lookup(".combo-box").queryComboBox();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vault.getValue() != null);
        assertEquals(2, robot.lookup(".table-view").queryTableView().getItems().size());

        robot.clickOn("#addTag");
        TextField key = robot.lookup(".tag-editor .text-field").nth(0).queryAs(TextField.class);
        robot.clickOn(key).write("aws:team");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(create.isDisabled());
        assertTrue(key.getStyleClass().contains("invalid"));

        robot.eraseText(8).write("team");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(create.isDisabled());
        robot.clickOn(create);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> harness.started.size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(harness.dialog().dialog().isShowing());
        assertTrue(harness.started.stream()
                .allMatch(job -> job.request().tags().getFirst().key().equals("team")));
    }
}
