package io.backupconsole.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapter;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.ServiceFailure;
import java.net.URI;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The shell view alone (UI-only test: adapters are stubs, so it can show a failure in one service deterministically).
 * End-to-end behaviour against the sandbox is covered by {@code MainWindowSandboxTest}.
 */
@ExtendWith(ApplicationExtension.class)
class ShellViewTest {

    private static ServiceAdapter stub(AwsService service, int count, boolean fails) {
        return new ServiceAdapter() {
            @Override
            public AwsService service() {
                return service;
            }

            @Override
            public List<Resource> listResources() {
                if (fails) {
                    throw new ServiceFailure(ServiceFailure.Kind.ACCESS_DENIED, "AccessDeniedException",
                            "User is not authorized to perform fsx:DescribeFileSystems.", null, null);
                }
                return IntStream.range(0, count).mapToObj(i -> new Resource(service, "r" + i, null, null, null,
                        null, null, Eligibility.ALLOWED, List.of())).toList();
            }

            @Override
            public List<BackupSummary> listBackups(String resourceId) {
                return List.of();
            }
        };
    }

    private ShellViewModel viewModel;

    @Start
    void start(Stage stage) {
        // The theme the app uses, so the tests see the same looked-up colours.
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Map<AwsService, ServiceAdapter> adapters = new EnumMap<>(AwsService.class);
        adapters.put(AwsService.OPSWORKS_CM, stub(AwsService.OPSWORKS_CM, 6, false));
        adapters.put(AwsService.FSX, stub(AwsService.FSX, 0, true));
        adapters.put(AwsService.BACKUP, stub(AwsService.BACKUP, 9, false));
        adapters.put(AwsService.LIGHTSAIL, stub(AwsService.LIGHTSAIL, 5, false));
        viewModel = new ShellViewModel(ForkJoinPool.commonPool(), Platform::runLater,
                connection -> new ServiceAdapters(connection, adapters, () -> { }), Clock.systemUTC(), new io.backupconsole.ui.common.ConnectionContext());
        ShellView view = new ShellView(viewModel);
        stage.setScene(new Scene(view.root(), 1000, 640));
        stage.setTitle("Backup Console");
        stage.show();
        viewModel.connect(new Connection.Sandbox(URI.create("http://127.0.0.1:1"), "us-east-1"));
    }

    @Test
    void navigationShowsEachServiceWithItsCountAndAFailureDoesNotBlockTheOthers(FxRobot robot) throws Exception {
        ListView<ServiceNavItem> list = robot.lookup(".service-nav").queryListView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().stream()
                .noneMatch(item -> item.loadingProperty().get() || item.resourceCountProperty().get() == ServiceNavItem.UNKNOWN
                        && item.errorProperty().get().isEmpty()));
        assertEquals(List.of("OpsWorks CM servers", "FSx file systems", "AWS Backup", "Lightsail databases"),
                list.getItems().stream().map(ServiceNavItem::title).toList());
        assertEquals(List.of(6, -1, 9, 5), list.getItems().stream().map(i -> i.resourceCountProperty().get()).toList());
        assertTrue(robot.lookup(".count-badge").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().equals("6")));

        robot.clickOn("FSx file systems");
        Label error = robot.lookup(".inline-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("fsx:DescribeFileSystems"), error.getText());
        assertTrue(error.getText().contains("Sign in again"), error.getText());
    }

    @Test
    void theThemeIsChosenFromTheViewMenu(FxRobot robot) {
        assertEquals("system", viewModel.themeProperty().get());
        robot.clickOn("View").clickOn("Theme").clickOn("Dark");
        assertEquals("dark", viewModel.themeProperty().get());
    }

    @Test
    void aboutNamesTheVersionAndTheRuntime() {
        assertTrue(AboutText.text().contains("Version 0."), AboutText.text());
        assertTrue(AboutText.text().contains("JavaFX 26"), AboutText.text());
    }

    @Test
    void opsWorksIsLabelledRetired(FxRobot robot) {
        robot.clickOn("OpsWorks CM servers");
        Label notice = robot.lookup(".retired-notice").queryAs(Label.class);
        assertTrue(notice.isVisible());
        assertTrue(notice.getText().contains("Retired at AWS in 2024"), notice.getText());
    }
}
