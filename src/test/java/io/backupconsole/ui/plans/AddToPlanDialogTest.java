package io.backupconsole.ui.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import io.backupconsole.aws.awsbackup.AwsBackupAdapter;
import io.backupconsole.aws.awsbackup.AwsBackupModule;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.TestBackground;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.common.ConnectionContext;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The "Add to a backup plan" dialog, headless against the sandbox: type a plan name, Add, see the success line. */
@ExtendWith(ApplicationExtension.class)
class AddToPlanDialogTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private Stage owner;
    /** This test's background work, waited for after it, so none of it reaches a later test. */
    private final TestBackground background = new TestBackground();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void waitForTheBackgroundWork() {
        background.awaitIdle();
    }

    @Test
    void addingAFileSystemToANewPlanSaysSoAndTheSandboxHasThePlan(FxRobot robot) throws Exception {
        ConnectionContext connection = new ConnectionContext();
        connection.connected(sandbox.adapters());
        Resource fs = sandbox.adapters().get(AwsService.FSX).listResources().stream()
                .filter(r -> r.parentId() == null)
                .findFirst()
                .orElseThrow();
        AddToPlanViewModel model = new AddToPlanViewModel(fs, connection, new Async(background, Platform::runLater));
        robot.interact(() -> new AddToPlanDialog(model).show(owner));
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> !model.vaultProperty().get().isEmpty());

        robot.interact(() -> model.planNameProperty().set("from-the-dialog"));
        robot.clickOn(robot.lookup(".button")
                .match((Button b) -> b.getText().equals("_Add"))
                .<Button>query());

        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> model.doneProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#planMessage").queryAs(Label.class);
        assertTrue(message.getText().contains("is now backed up by plan from-the-dialog"), message.getText());
        assertTrue(
                message.getStyleClass().contains("inline-success"),
                "good news is not shown as an error: " + message.getStyleClass());
        AwsBackupAdapter backup = sandbox.adapters().get(AwsBackupModule.ADAPTER);
        assertEquals("from-the-dialog", backup.plans().listPlans().get(0).name());
    }
}
