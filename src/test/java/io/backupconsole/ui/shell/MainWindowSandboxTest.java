package io.backupconsole.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.testsupport.SandboxFixture;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first window against the in-process sandbox, through the real adapters and SDK clients. */
@ExtendWith(ApplicationExtension.class)
class MainWindowSandboxTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private ShellViewModel viewModel;

    @Start
    void start(Stage stage) {
        // The theme the app uses, so the tests see the same looked-up colours.
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        viewModel = new ShellViewModel(ForkJoinPool.commonPool(), Platform::runLater, ServiceAdapters::connect,
                Clock.systemUTC(), new io.backupconsole.ui.common.ConnectionContext());
        stage.setScene(new Scene(new ShellView(viewModel).root(), 1000, 640));
        stage.setTitle("Backup Console");
        stage.show();
    }

    private List<Integer> countsAfterConnecting(FxRobot robot, String region) throws Exception {
        robot.interact(() -> viewModel.connect(sandbox.connection(region)));
        ListView<ServiceNavItem> list = robot.lookup(".service-nav").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().stream()
                .allMatch(item -> !item.loadingProperty().get() && item.resourceCountProperty().get() >= 0));
        return list.getItems().stream().map(item -> item.resourceCountProperty().get()).toList();
    }

    @Test
    void opensOnTheSandboxWithEveryServiceCounted(FxRobot robot) throws Exception {
        List<Integer> counts = countsAfterConnecting(robot, "us-east-1");
        assertTrue(counts.stream().allMatch(n -> n > 0), "every seeded service has resources: " + counts);
        assertTrue(robot.lookup(".connection-label").queryAs(Label.class).getText().contains("Sandbox (built-in)"));
        assertTrue(robot.lookup(".status-bar .label").queryAs(Label.class).getText().contains("last refresh"));
    }

    @Test
    void pickingARegionInTheToolbarSwitchesTheData(FxRobot robot) throws Exception {
        List<Integer> east = countsAfterConnecting(robot, "us-east-1");
        javafx.scene.control.ComboBox<io.backupconsole.aws.AwsRegions.AwsRegion> picker =
                robot.lookup(".region-picker").queryComboBox();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> picker.getItems().size() > 20);
        assertTrue(picker.getItems().stream().noneMatch(r -> r.id().startsWith("us-gov") || r.id().startsWith("cn-")),
                "commercial regions only");
        robot.interact(() -> picker.getSelectionModel().select(picker.getItems().stream()
                .filter(r -> r.id().equals("eu-west-1")).findFirst().orElseThrow()));
        ListView<ServiceNavItem> list = robot.lookup(".service-nav").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().stream()
                .allMatch(item -> !item.loadingProperty().get() && item.resourceCountProperty().get() >= 0)
                && !list.getItems().stream().map(i -> i.resourceCountProperty().get()).toList().equals(east));
        assertTrue(robot.lookup(".connection-label").queryAs(Label.class).getText().contains("eu-west-1"));
        assertEquals("eu-west-1", picker.getValue().id());
    }

    @Test
    void anotherRegionShowsOtherData(FxRobot robot) throws Exception {
        List<Integer> east = countsAfterConnecting(robot, "us-east-1");
        List<Integer> west = countsAfterConnecting(robot, "eu-west-1");
        assertTrue(!east.equals(west), "us-east-1 " + east + " and eu-west-1 " + west + " differ");
        List<Integer> empty = countsAfterConnecting(robot, "ap-southeast-2");
        assertEquals(List.of(0, 0, 0, 0), empty);
    }
}
