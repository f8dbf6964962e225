package io.backupconsole.ui.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.JobProgress;
import io.backupconsole.testsupport.ManualTicker;
import io.backupconsole.testsupport.StandardServices;
import io.backupconsole.testsupport.TestBackground;
import io.backupconsole.tracking.BackupSubmitter;
import io.backupconsole.tracking.JobJournal;
import io.backupconsole.tracking.JobTracker;
import io.backupconsole.tracking.PollCadence;
import io.backupconsole.tracking.TrackedJob;
import io.backupconsole.ui.common.Async;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The activity window's content driven headless, over a journal of jobs in every state (no service is called). */
@ExtendWith(ApplicationExtension.class)
class ActivityViewTest {
    /** This test's background work, waited for after it, so none of it reaches a later test. */
    private final TestBackground background = new TestBackground();

    @AfterEach
    void waitForTheBackgroundWork() {
        background.awaitIdle();
    }

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        JobJournal journal = new JobJournal(Files.createTempDirectory("activity-view"), Clock.systemUTC());
        journal.open();
        Instant now = Instant.now();
        journal.record(job(
                "fsx",
                AwsService.FSX,
                "corp-shares",
                now.minusSeconds(90),
                new JobProgress(JobOutcome.RUNNING, "CREATING", 40.0, null, "", now)));
        journal.record(job(
                "ops",
                AwsService.OPSWORKS_CM,
                "chef-prod",
                now.minusSeconds(30),
                new JobProgress(JobOutcome.RUNNING, "IN_PROGRESS", null, null, "", now)));
        journal.record(job(
                "ls",
                AwsService.LIGHTSAIL,
                "orders-db",
                now.minusSeconds(3600),
                new JobProgress(JobOutcome.SUCCEEDED, "available", null, null, "", now)));
        BackupSubmitter submitter = new BackupSubmitter(journal, Clock.systemUTC());
        JobTracker tracker = new JobTracker(
                journal,
                (key, region) -> {
                    throw new IllegalStateException("not polled in this test");
                },
                submitter,
                Clock.systemUTC(),
                new PollCadence(new Random(1)));
        ActivityViewModel model = new ActivityViewModel(
                StandardServices.registry(),
                tracker,
                submitter,
                (key, region) -> {
                    throw new IllegalStateException("no service in this test");
                },
                new Async(background, Platform::runLater),
                Clock.systemUTC(),
                job -> {});
        ActivityView view = new ActivityView(model, Clock.systemUTC(), new ManualTicker());
        stage.setScene(new Scene(view.root(), 1100, 560));
        stage.show();
        view.setShowing(true);
    }

    private static TrackedJob job(String id, AwsService service, String name, Instant started, JobProgress progress) {
        BackupRequest request = new BackupRequest(service, name, name, "", "", List.of(), null, "token-" + id);
        return new TrackedJob(id, service, "sandbox", "us-east-1", name, name, "svc-" + id, request, started, progress);
    }

    @Test
    void listsEveryJobWithStateBadgesAndProgressBars(FxRobot robot) {
        TableView<ActivityRow> table = robot.lookup("#table").queryTableView();
        assertEquals(
                List.of("ops", "fsx", "ls"),
                table.getItems().stream().map(ActivityRow::id).toList());
        List<ProgressBar> bars = robot.lookup(".activity-table .progress-bar").queryAllAs(ProgressBar.class).stream()
                .filter(ProgressBar::isVisible)
                .filter(bar -> bar.getScene() != null && bar.getParent().isVisible())
                .toList();
        assertTrue(bars.stream().anyMatch(bar -> Math.abs(bar.getProgress() - 0.4) < 1e-9), "FSx reports 40 %");
        assertTrue(bars.stream().anyMatch(ProgressBar::isIndeterminate), "OpsWorks CM reports no percentage");
        assertTrue(bars.stream().anyMatch(bar -> bar.getProgress() == 1.0), "a finished backup is full");
        assertTrue(robot.lookup(".state-badge").queryAllAs(Label.class).stream()
                .anyMatch(badge -> "Succeeded".equals(badge.getText())
                        && badge.getStyleClass().contains("tone-good")));
        assertTrue(robot.lookup(".percent").queryAllAs(Label.class).stream().anyMatch(l -> "40 %".equals(l.getText())));
    }

    @Test
    void typingInTheFilterNarrowsTheTable(FxRobot robot) {
        TableView<ActivityRow> table = robot.lookup("#table").queryTableView();
        robot.clickOn("#filterText").write("orders");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                List.of("ls"), table.getItems().stream().map(ActivityRow::id).toList());
    }

    @Test
    void stopIsOffForAnFsxBackupAndSaysWhy(FxRobot robot) {
        robot.clickOn("corp-shares");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#stopButton").queryAs(Button.class).isDisabled());
        assertEquals(
                "Amazon FSx cannot cancel a backup once it has started.",
                robot.lookup("#actionHint").queryAs(Label.class).getText());
    }
}
