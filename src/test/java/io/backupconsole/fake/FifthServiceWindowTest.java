package io.backupconsole.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.fake.FakeModule;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.Resource;
import io.backupconsole.storage.ResourceCache;
import io.backupconsole.testsupport.ManualTicker;
import io.backupconsole.testsupport.ScriptedDialogs;
import io.backupconsole.testsupport.TestBackground;
import io.backupconsole.tracking.BackupSubmitter;
import io.backupconsole.tracking.JobJournal;
import io.backupconsole.tracking.JobTracker;
import io.backupconsole.tracking.PollCadence;
import io.backupconsole.tracking.TrackedJob;
import io.backupconsole.ui.ServiceUi;
import io.backupconsole.ui.ServiceUis;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.common.BackUpAction;
import io.backupconsole.ui.common.ConnectionContext;
import io.backupconsole.ui.common.ServiceView;
import io.backupconsole.ui.common.ViewContext;
import io.backupconsole.ui.create.BackupDialogContext;
import io.backupconsole.ui.shell.ServiceNavItem;
import io.backupconsole.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The fifth service in the window, known only from the catalog passed in: the navigation counts it, its page lists
 * its archives, and its create dialog starts a snapshot that the tracker follows to the end on simulated time.
 */
@ExtendWith(ApplicationExtension.class)
class FifthServiceWindowTest {
    @RegisterExtension
    static final FifthService fifth = new FifthService();

    @TempDir
    Path data;

    private final TestBackground background = new TestBackground();
    private ServiceUis uis;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        uis = FifthService.CATALOG.uis();
    }

    @AfterEach
    void waitForTheBackgroundWork() {
        background.awaitIdle();
    }

    @Test
    void theNavigationListsItWithItsCount() throws Exception {
        ShellViewModel shell = WaitForAsyncUtils.asyncFx(() -> new ShellViewModel(
                        FifthService.CATALOG.services(),
                        uis::icon,
                        background,
                        Platform::runLater,
                        fifth.factory()::connect,
                        Clock.systemUTC(),
                        new ConnectionContext()))
                .get(5, TimeUnit.SECONDS);
        ServiceNavItem fake = shell.services().getLast();
        try {
            WaitForAsyncUtils.asyncFx(() -> shell.connect(fifth.connection())).get(5, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(
                    20, TimeUnit.SECONDS, () -> fake.resourceCountProperty().get() == 3);

            assertEquals(FakeModule.SERVICE, fake.service());
            assertEquals("Fake archives", fake.title());
            assertEquals(uis.icon(FakeModule.SERVICE), fake.icon());
            assertEquals(5, shell.services().size(), "the four services and the fifth");
        } finally {
            WaitForAsyncUtils.asyncFx(shell::close).get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void itsPageListsItsArchives(FxRobot robot) throws Exception {
        ConnectionContext connection = new ConnectionContext();
        ViewContext context = new ViewContext(
                connection,
                new Async(background, Platform::runLater),
                new ManualTicker(),
                Clock.systemUTC(),
                new ScriptedDialogs(),
                new BackUpAction() {
                    @Override
                    public void open(Resource resource, Runnable whenStarted) {}

                    @Override
                    public void openBulk(List<Resource> resources, Runnable whenStarted) {}
                },
                ResourceCache.none());
        robot.interact(() -> {
            ServiceView view = uis.of(FakeModule.SERVICE).view(context);
            connection.connected(fifth.adapters());
            stage.setScene(new Scene((Parent) view.root(), 900, 600));
            stage.show();
            view.setShowing(true);
        });
        TableView<Resource> table = robot.lookup("#table").queryTableView();

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertEquals(
                List.of("ledger", "photos", "scratch"),
                table.getItems().stream().map(Resource::name).toList());
    }

    @Test
    void itsCreateDialogStartsASnapshotThatTheTrackerFollowsToTheEnd() {
        ServiceAdapters adapters = fifth.adapters();
        JobJournal journal = new JobJournal(data, Clock.systemUTC());
        journal.open();
        BackupSubmitter submitter = new BackupSubmitter(journal, Clock.systemUTC());
        JobTracker tracker = new JobTracker(
                journal, (key, region) -> adapters, submitter, Clock.systemUTC(), new PollCadence(new Random(7)));
        ConnectionContext connection = new ConnectionContext();
        connection.connected(adapters);
        BackupDialogContext context = new BackupDialogContext(
                connection, Async.synchronous(), submitter, journal, new ManualTicker(), Clock.systemUTC());
        Resource ledger =
                adapters.get(FakeModule.SERVICE).findResource("arc-1001").orElseThrow();

        ServiceUi.CreateDialog dialog = uis.of(FakeModule.SERVICE).createDialog(ledger, context);
        List<TrackedJob> started = new ArrayList<>();
        dialog.model().onJobStarted(job -> {
            started.add(job);
            tracker.started(job);
        });
        ((TextField) dialog.form().lookup(".fake-label")).setText("before-upgrade");
        dialog.model().create();

        assertEquals(1, started.size(), dialog.model().generalMessageProperty().get());
        assertEquals(JobOutcome.RUNNING, started.getFirst().progress().outcome());
        fifth.sandbox().clock().advance(Duration.ofMinutes(30));
        tracker.pollNow();
        tracker.pollDue();
        TrackedJob done = tracker.jobs().getFirst();
        assertEquals(JobOutcome.SUCCEEDED, done.progress().outcome(), done.toString());
        assertEquals("before-upgrade", done.request().name());
        assertTrue(fifth.count("fake:DescribeBackups") >= 1, "polled through the fake's poller");
    }
}
