package io.backupconsole.testsupport;

import atlantafx.base.theme.PrimerLight;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.Resource;
import io.backupconsole.storage.ResourceCache;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.common.BackUpAction;
import io.backupconsole.ui.common.ConnectionContext;
import io.backupconsole.ui.common.ScheduledTicker;
import io.backupconsole.ui.common.ServiceView;
import io.backupconsole.ui.common.ViewContext;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Shows one service view in a TestFX stage the way the app does: background executor, FX-thread callbacks, the
 * app's theme, the sandbox behind real SDK clients. Call {@link #show} from {@code @Start}, {@link #close} after: it
 * stops the ticks and waits for the test's background work before closing the clients it uses.
 */
public final class FxViewHarness {
    public final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ScheduledTicker ticker = new ScheduledTicker(Platform::runLater);
    private final TestBackground background = new TestBackground();
    private ServiceAdapters adapters;

    public ServiceView show(Stage stage, SandboxFixture sandbox, Function<ViewContext, ServiceView> viewFactory) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ConnectionContext connection = new ConnectionContext();
        ViewContext context = new ViewContext(
                connection,
                new Async(background, Platform::runLater),
                ticker,
                Clock.systemUTC(),
                dialogs,
                new BackUpAction() {
                    @Override
                    public void open(Resource resource, Runnable whenStarted) {}

                    @Override
                    public void openBulk(List<Resource> resources, Runnable whenStarted) {}
                },
                ResourceCache.none());
        ServiceView view = viewFactory.apply(context);
        adapters = sandbox.connect("us-east-1");
        connection.connected(adapters);
        stage.setScene(new Scene((Parent) view.root(), 1000, 700));
        stage.show();
        view.setShowing(true);
        return view;
    }

    public void close() {
        ticker.close();
        background.awaitIdle();
        if (adapters != null) {
            adapters.close();
        }
    }

    /** Clicks the table cell showing {@code text}, as a user would, once it is on screen. */
    public static void clickCell(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(
                15,
                TimeUnit.SECONDS,
                () -> robot.lookup(".table-cell")
                        .match((TableCell<?, ?> cell) -> text.equals(cell.getText()))
                        .tryQuery()
                        .isPresent());
        // Let layout settle first: cells found during a relayout may still sit where another row was.
        WaitForAsyncUtils.waitForFxEvents(5);
        robot.clickOn(robot.lookup(".table-cell")
                .match((TableCell<?, ?> cell) -> text.equals(cell.getText()))
                .<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
