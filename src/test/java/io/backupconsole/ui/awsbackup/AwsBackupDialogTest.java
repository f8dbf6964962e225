package io.backupconsole.ui.awsbackup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.testsupport.ManualTicker;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.TestBackground;
import io.backupconsole.tracking.BackupSubmitter;
import io.backupconsole.tracking.JobJournal;
import io.backupconsole.tracking.TrackedJob;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.common.ConnectionContext;
import io.backupconsole.ui.create.BackupDialog;
import io.backupconsole.ui.create.BackupDialogContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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

/** The AWS Backup create-backup dialog driven headless against the in-process sandbox. */
@ExtendWith(ApplicationExtension.class)
class AwsBackupDialogTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private final List<TrackedJob> started = new CopyOnWriteArrayList<>();
    private ServiceAdapters adapters;
    private BackupDialog dialog;
    /** This test's background work, waited for before its clients close, so none of it reaches a later test. */
    private final TestBackground background = new TestBackground();

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        adapters = sandbox.connect("us-east-1");
        ConnectionContext connection = new ConnectionContext();
        connection.connected(adapters);
        Path data = Files.createTempDirectory("dialog-test");
        JobJournal journal = new JobJournal(data, Clock.systemUTC());
        journal.open();
        BackupDialogContext context = new BackupDialogContext(
                connection,
                new Async(background, Platform::runLater),
                new BackupSubmitter(journal, Clock.systemUTC()),
                journal,
                new ManualTicker(),
                Clock.systemUTC());
        Resource instance = adapters.get(AwsService.BACKUP).listResources().stream()
                .filter(r -> r.name().equals("win-fileserver"))
                .findFirst()
                .orElseThrow();
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        AwsBackupDialogViewModel model = new AwsBackupDialogViewModel(instance, context);
        dialog = new BackupDialog(model, new AwsBackupDialog(model).root(), stage, started::add);
        dialog.show();
    }

    @AfterEach
    void tearDown() {
        background.awaitIdle();
        adapters.close();
    }

    @Test
    void aBadStartWindowIsMarkedAndBlocksCreateUntilFixedThenTheJobStarts(FxRobot robot) throws Exception {
        Button create = robot.lookup("#createBackup").queryButton();
        ComboBox<?> vault = robot.lookup("#vault").queryComboBox();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> vault.getValue() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(create.isDisabled(), "the defaults are valid once the vaults are listed");
        CheckBox vss = robot.lookup("#windowsVss").queryAs(CheckBox.class);
        assertTrue(vss.isVisible(), "a Windows instance offers VSS");
        Label coldWarning = robot.lookup("#coldStorageWarning").queryAs(Label.class);
        assertFalse(coldWarning.isVisible(), "nothing typed, nothing to warn about");
        robot.clickOn("#coldStorageDays").write("30");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(coldWarning.isVisible(), "EC2 backups have no cold storage: AWS Backup ignores the days");
        assertTrue(
                coldWarning.getText().startsWith("EC2 instance backups have no cold storage"), coldWarning.getText());
        assertFalse(create.isDisabled(), "a warning, not a refusal");
        robot.doubleClickOn("#coldStorageDays").eraseText(2);
        WaitForAsyncUtils.waitForFxEvents();

        TextField startWindow = robot.lookup("#startWindow").queryAs(TextField.class);
        robot.doubleClickOn(startWindow).eraseText(3).write("59");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(create.isDisabled());
        assertTrue(startWindow.getStyleClass().contains("invalid"));
        Label message = robot.lookup("#startWindowMessage").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertEquals("Start window must be between 60 and 52560000 minutes (it is 59).", message.getText());

        robot.doubleClickOn(startWindow).eraseText(2).write("120");
        robot.clickOn(vss);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(startWindow.getStyleClass().contains("invalid"));
        assertFalse(create.isDisabled());

        robot.clickOn(create);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !started.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.dialog().isShowing(), "the dialog closes once the service accepted the job");
        var sent = started.get(0).request().awsBackup();
        assertEquals(120L, sent.startWindowMinutes());
        assertEquals("enabled", sent.backupOptions().get("WindowsVSS"));
        assertEquals("Default", sent.backupVaultName());
    }
}
