package io.backupconsole.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.AwsRegions.AwsRegion;
import io.backupconsole.aws.StartupConnection;
import io.backupconsole.domain.AwsService;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.StandardServices;
import io.backupconsole.testsupport.TestBackground;
import io.backupconsole.ui.common.ConnectionContext;
import io.backupconsole.ui.common.ServiceView;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole main window against the in-process sandbox, through the real adapters and SDK clients. */
@ExtendWith(ApplicationExtension.class)
class MainWindowSandboxTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @TempDir
    Path config;

    private TestShell wiring;
    /** This test's background work, waited for after it, so none of it reaches a later test. */
    private final TestBackground background = new TestBackground();

    @AfterEach
    void waitForTheBackgroundWork() {
        background.awaitIdle();
    }

    @Start
    void start(Stage stage) {
        ShellViewModel shell = new ShellViewModel(
                StandardServices.registry(),
                StandardServices.icons(),
                background,
                Platform::runLater,
                sandbox.clientFactory()::connect,
                Clock.systemUTC(),
                new ConnectionContext());
        wiring = new TestShell(shell, config, sandbox.server().endpoint(), background);
        // The shell alone: each service's page is a placeholder (the pages have their own tests).
        MainWindow.show(stage, wiring.models, wiring.settings, PlaceholderView::new);
        wiring.connectionBar.start(StartupConnection.resolve(
                StandardServices.registry(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of()));
    }

    /** The theme is global to the JavaFX application: leave the light one the other UI tests use. */
    @AfterAll
    static void restoreLightTheme() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Application.setUserAgentStylesheet(ThemeApplier.stylesheet(false)))
                .get(5, TimeUnit.SECONDS);
    }

    private List<Integer> settledCounts(FxRobot robot, String region) throws Exception {
        ListView<ServiceNavItem> list = robot.lookup(".service-nav").queryListView();
        Label connection = robot.lookup(".connection-label").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> connection.getText().endsWith(region)
                        && list.getItems().stream()
                                .allMatch(item -> !item.loadingProperty().get()
                                        && item.resourceCountProperty().get() >= 0));
        return list.getItems().stream()
                .map(item -> item.resourceCountProperty().get())
                .toList();
    }

    private void pickRegion(FxRobot robot, String id) {
        ComboBox<AwsRegion> picker = robot.lookup(".region-picker").queryComboBox();
        AwsRegion region = picker.getItems().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> picker.setValue(region));
    }

    private static Node byText(FxRobot robot, String text) {
        return robot.lookup((Node node) -> node instanceof Labeled labeled
                        && labeled.isVisible()
                        && labeled.getText() != null
                        && labeled.getText().replace("_", "").equals(text))
                .query();
    }

    @Test
    void opensOnTheSandboxWithEveryServiceCounted(FxRobot robot) throws Exception {
        List<Integer> counts = settledCounts(robot, "us-east-1");
        assertTrue(counts.stream().allMatch(n -> n > 0), "every seeded service has resources: " + counts);
        assertEquals(
                "Sandbox (built-in) · us-east-1",
                robot.lookup(".connection-label").queryAs(Label.class).getText());
        assertTrue(
                robot.lookup(".refresh-status").queryAs(Label.class).getText().startsWith("Last refresh"));
        assertEquals(
                "No backups running",
                robot.lookup(".running-backups").queryAs(Label.class).getText());
        ComboBox<ConnectionChoice> connections =
                robot.lookup(".connection-picker").queryComboBox();
        assertEquals("Sandbox (built-in)", connections.getValue().label());
    }

    @Test
    void switchingRegionInThePickerShowsThatRegionsDataAndIsRemembered(FxRobot robot) throws Exception {
        List<Integer> east = settledCounts(robot, "us-east-1");
        pickRegion(robot, "eu-west-1");
        List<Integer> west = settledCounts(robot, "eu-west-1");
        assertNotEquals(east, west);
        pickRegion(robot, "ap-southeast-2");
        assertEquals(List.of(0, 0, 0, 0), settledCounts(robot, "ap-southeast-2"));
        wiring.settings.awaitSaves(5000);
        assertEquals("ap-southeast-2", wiring.store.load().settings().region());
    }

    @Test
    void f5RefreshesEveryService(FxRobot robot) throws Exception {
        settledCounts(robot, "us-east-1");
        long before = sandbox.count("fsx:DescribeFileSystems");
        robot.clickOn(".service-nav").type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sandbox.count("fsx:DescribeFileSystems") > before);
        settledCounts(robot, "us-east-1");
    }

    @Test
    void theViewMenuSwitchesToTheDarkThemeAndRemembersIt(FxRobot robot) throws Exception {
        assertEquals(ThemeApplier.stylesheet(false), Application.getUserAgentStylesheet());
        robot.clickOn(byText(robot, "View"));
        robot.clickOn(byText(robot, "Theme"));
        robot.clickOn(byText(robot, "Dark"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ThemeApplier.stylesheet(true), Application.getUserAgentStylesheet());
        wiring.settings.awaitSaves(5000);
        assertEquals("dark", wiring.store.load().settings().theme());
    }

    @Test
    void aboutShowsTheVersion(FxRobot robot) {
        robot.clickOn(byText(robot, "Help"));
        robot.clickOn(byText(robot, "About Backup Console"));
        Label details = robot.lookup(".about-details").queryAs(Label.class);
        assertTrue(details.getText().contains("Version 1.2.3-test"), details.getText());
        assertTrue(details.getText().contains("JavaFX " + System.getProperty("javafx.runtime.version")));
        robot.clickOn(byText(robot, "Close"));
    }

    @Test
    void aNoticeIsShownUntilDismissed(FxRobot robot) {
        robot.interact(() -> wiring.status.showNotice("Your settings file could not be read."));
        Node notice = robot.lookup(".settings-notice").query();
        assertTrue(notice.isVisible());
        Button dismiss = robot.lookup(".dismiss-button").queryButton();
        assertEquals("Dismiss this notice", dismiss.getAccessibleText());
        robot.clickOn(dismiss);
        assertFalse(notice.isVisible());
    }

    /** A service's page that shows the service's name and does nothing. */
    private record PlaceholderView(Node root) implements ServiceView {
        PlaceholderView(AwsService service) {
            this(new Label(service.displayName()));
        }

        @Override
        public void setShowing(boolean showing) {}

        @Override
        public void refresh() {}
    }
}
