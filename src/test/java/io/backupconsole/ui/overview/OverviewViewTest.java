package io.backupconsole.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import io.backupconsole.aws.ClientFactory;
import io.backupconsole.aws.overview.OverviewLoader;
import io.backupconsole.aws.overview.OverviewRow;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.TestBackground;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.shell.ConnectionChoice;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The overview window's content, headless: tick three profiles and two regions, Load, see rows and one error. */
@ExtendWith(ApplicationExtension.class)
class OverviewViewTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    /** The class's client factory, over temporary AWS files naming the three profiles. */
    private static ClientFactory clients;

    @BeforeAll
    static void profileFiles() throws Exception {
        clients = OverviewFixture.clients();
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    /** This test's background work, waited for after it, so no load of it reaches a later test. */
    private final TestBackground background = new TestBackground();

    private OverviewViewModel model;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        model = new OverviewViewModel(
                new Async(background, Platform::runLater),
                new OverviewLoader(OverviewFixture.connector(clients), Clock.systemUTC()),
                () -> sandbox.server().endpoint());
        List<ConnectionChoice> profiles = OverviewFixture.profiles(sandbox);
        model.offer(profiles, OverviewFixture.REGIONS, profiles.get(0), OverviewFixture.REGIONS.get(0));
        stage.setScene(new Scene(new OverviewView(model, Clock.systemUTC()).root(), 1200, 640));
        stage.show();
    }

    @AfterEach
    void stopAndWaitForTheLoad(FxRobot robot) throws Exception {
        robot.interact(model::stop);
        background.awaitIdle();
    }

    @Test
    void loadsTicksPairsAndListsTheFailingPairBelowTheRows(FxRobot robot) throws Exception {
        ListView<Pick<ConnectionChoice>> accounts =
                robot.lookup(".list-view").nth(0).queryListView();
        ListView<?> regions = robot.lookup(".list-view").nth(1).queryListView();
        assertEquals(3, accounts.getItems().size());
        assertTrue(accounts.getItems().get(0).picked(), "the current connection starts ticked");
        robot.interact(() -> {
            accounts.getItems().forEach(pick -> pick.pickedProperty().set(true));
            regions.getItems().forEach(item -> ((Pick<?>) item).pickedProperty().set(true));
        });

        Button load = robot.lookup("#loadButton").queryButton();
        robot.clickOn(load);

        ListView<String> errors = robot.lookup(".overview-errors").queryListView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> errors.getItems().size() == 1 && !load.isDisabled());
        assertTrue(errors.isVisible());
        assertTrue(errors.getItems().get(0).contains("gamma")
                && errors.getItems().get(0).contains("eu-west-1"));
        TableView<OverviewRow> table = robot.lookup(".table-view").queryTableView();
        assertEquals(
                5,
                table.getItems().stream()
                        .map(row -> row.account() + row.region())
                        .distinct()
                        .count());
    }
}
