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
import io.backupconsole.testsupport.StandardServices;
import io.backupconsole.testsupport.TestBackground;
import io.backupconsole.ui.common.ConnectionContext;
import io.backupconsole.ui.common.ServiceView;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
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
                    throw new ServiceFailure(
                            ServiceFailure.Kind.ACCESS_DENIED,
                            "AccessDeniedException",
                            "User is not authorized to perform fsx:DescribeFileSystems.",
                            null,
                            null);
                }
                return IntStream.range(0, count)
                        .mapToObj(i -> new Resource(
                                service, "r" + i, null, null, null, null, null, Eligibility.ALLOWED, List.of()))
                        .toList();
            }

            @Override
            public List<BackupSummary> listBackups(String resourceId) {
                return List.of();
            }
        };
    }

    private ShellViewModel viewModel;
    /** This test's background work, waited for after it, so none of it reaches a later test. */
    private final TestBackground background = new TestBackground();

    @AfterEach
    void waitForTheBackgroundWork() {
        background.awaitIdle();
    }

    @TempDir
    Path config;

    private final Map<AwsService, StubView> created = new LinkedHashMap<>();

    /** Each service's view is a stub that records what the shell told it. */
    private ServiceView serviceView(AwsService service) {
        return created.computeIfAbsent(service, StubView::new);
    }

    /** A service view that records what the shell told it. */
    private static final class StubView implements ServiceView {
        final Label root;
        final List<Boolean> showing = new ArrayList<>();
        int refreshes;

        StubView(AwsService service) {
            root = new Label(service.displayName() + " view");
            root.getStyleClass().addAll("stub-view", "page-title");
        }

        @Override
        public Node root() {
            return root;
        }

        @Override
        public void setShowing(boolean shown) {
            showing.add(shown);
        }

        @Override
        public void refresh() {
            refreshes++;
        }
    }

    @Start
    void start(Stage stage) {
        // The theme the app uses, so the tests see the same looked-up colours.
        Application.setUserAgentStylesheet(ThemeApplier.stylesheet(false));
        Map<AwsService, ServiceAdapter> adapters = new LinkedHashMap<>();
        adapters.put(AwsService.OPSWORKS_CM, stub(AwsService.OPSWORKS_CM, 6, false));
        adapters.put(AwsService.FSX, stub(AwsService.FSX, 0, true));
        adapters.put(AwsService.BACKUP, stub(AwsService.BACKUP, 9, false));
        adapters.put(AwsService.LIGHTSAIL, stub(AwsService.LIGHTSAIL, 5, false));
        viewModel = new ShellViewModel(
                StandardServices.registry(),
                StandardServices.icons(),
                background,
                Platform::runLater,
                connection -> new ServiceAdapters(StandardServices.registry(), connection, adapters, () -> {}),
                Clock.systemUTC(),
                new ConnectionContext());
        ShellView view = new ShellView(
                new TestShell(viewModel, config, URI.create("http://127.0.0.1:1"), background).models,
                this::serviceView,
                () -> {});
        stage.setScene(new Scene(view.root(), 1000, 640));
        stage.setTitle("Backup Console");
        stage.show();
        viewModel.connect(new Connection.Sandbox(URI.create("http://127.0.0.1:1"), "us-east-1"));
    }

    @Test
    void navigationShowsEachServiceWithItsCountAndAFailureDoesNotBlockTheOthers(FxRobot robot) throws Exception {
        ListView<ServiceNavItem> list = robot.lookup(".service-nav").queryListView();
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> list.getItems().stream()
                        .noneMatch(item -> item.loadingProperty().get()
                                || item.resourceCountProperty().get() == ServiceNavItem.UNKNOWN
                                        && item.errorProperty().get().isEmpty()));
        assertEquals(
                List.of("OpsWorks CM servers", "FSx file systems", "AWS Backup", "Lightsail databases"),
                list.getItems().stream().map(ServiceNavItem::title).toList());
        assertEquals(
                List.of(6, -1, 9, 5),
                list.getItems().stream()
                        .map(i -> i.resourceCountProperty().get())
                        .toList());
        assertTrue(robot.lookup(".count-badge").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("6")));

        ServiceNavItem fsx = list.getItems().get(1);
        assertTrue(
                fsx.errorProperty().get().contains("fsx:DescribeFileSystems"),
                fsx.errorProperty().get());
        assertTrue(
                fsx.errorProperty().get().contains("Sign in again"),
                fsx.errorProperty().get());
        assertTrue(
                robot.lookup(".count-badge").queryAllAs(Label.class).stream()
                        .anyMatch(l -> l.getText().equals("error")),
                "the failing service's badge says so instead of a count");
    }

    @Test
    void aboutNamesTheVersionAndTheRuntime() {
        String details = AboutDialog.details(BuildInfo.load());
        assertTrue(details.contains("Version 0."), details);
        assertTrue(details.contains("JavaFX 26"), details);
    }

    @Test
    void serviceViewsAreCreatedOnFirstSelectionAndToldWhenShown(FxRobot robot) {
        assertEquals(
                List.of(AwsService.OPSWORKS_CM),
                List.copyOf(created.keySet()),
                "only the view selected at start is built; no other before it is selected");
        robot.clickOn("Lightsail databases");
        StubView lightsail = created.get(AwsService.LIGHTSAIL);
        assertTrue(lightsail.root.isVisible() && lightsail.root.getScene() != null);
        assertEquals(List.of(true), lightsail.showing);

        robot.type(KeyCode.F5);
        assertEquals(1, lightsail.refreshes, "F5 reaches the shown view");

        robot.clickOn("AWS Backup");
        assertEquals(List.of(true, false), lightsail.showing);
        assertTrue(created.get(AwsService.BACKUP).root.getScene() != null, "AWS Backup's view is in the window");
        assertTrue(lightsail.root.getScene() == null, "and Lightsail's is not");
        robot.clickOn("Lightsail databases");
        assertEquals(List.of(true, false, true), lightsail.showing);
        assertEquals(3, created.size(), "each view is built once, on its first selection");
    }
}
