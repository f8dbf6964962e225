package io.backupconsole.ui.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.ClientFactory;
import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.sandbox.Sandbox;
import io.backupconsole.storage.ResourceCache;
import io.backupconsole.testsupport.ManualTicker;
import io.backupconsole.testsupport.MovableClock;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.ScriptedDialogs;
import io.backupconsole.testsupport.TestClients;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.common.BackUpAction;
import io.backupconsole.ui.common.ConnectionContext;
import io.backupconsole.ui.common.ViewContext;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A view whose endpoint is down says so, tries again automatically less and less often (never in a loop), and comes
 * back by itself once the endpoint answers again on the same port.
 */
class EndpointDownListTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final ManualTicker ticker = new ManualTicker();

    @Test
    void aDownEndpointIsShownRetriedWithBackoffAndRecoveredFromByItself() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Connection closedPort = new Connection.Sandbox(URI.create("http://127.0.0.1:" + port), "us-east-1");
        ConnectionContext connection = new ConnectionContext();
        try (ClientFactory clients = TestClients.factory();
                ServiceAdapters adapters = clients.connect(closedPort)) {
            connection.connected(adapters);
            ResourceListViewModel list = list(connection);
            Instant start = clock.instant();

            list.setShowing(true);

            assertTrue(
                    list.errorProperty()
                            .get()
                            .startsWith("Could not reach FSx at http://127.0.0.1:" + port + ": connection refused"),
                    list.errorProperty().get());
            assertTrue(
                    list.errorProperty().get().contains("Next automatic try at "),
                    list.errorProperty().get());
            assertFalse(list.loadingProperty().get(), "no endless spinner");
            // Ticks every 30 s; the tries come after 30 s, then 1, 2, 4 and 5 minutes, each after the one before.
            List<Duration> expectedPauses = List.of(
                    Duration.ofSeconds(30),
                    Duration.ofMinutes(1),
                    Duration.ofMinutes(2),
                    Duration.ofMinutes(4),
                    Duration.ofMinutes(5),
                    Duration.ofMinutes(5));
            Instant lastTry = start;
            for (Duration pause : expectedPauses) {
                assertEquals(lastTry.plus(pause), list.nextAutomaticRefresh());
                Instant due = list.nextAutomaticRefresh();
                for (Instant tick = lastTry.plus(ResourceListViewModel.AUTO_REFRESH);
                        tick.isBefore(due);
                        tick = tick.plus(ResourceListViewModel.AUTO_REFRESH)) {
                    clock.set(tick);
                    ticker.tick();
                    assertEquals(due, list.nextAutomaticRefresh(), "no try at " + tick + ", before " + due);
                }
                clock.set(due);
                ticker.tick();
                lastTry = due;
            }

            try (Sandbox back = Sandbox.start(port, SandboxFixture.TEST_CONFIG)) {
                clock.set(list.nextAutomaticRefresh());
                ticker.tick();

                assertEquals("", list.errorProperty().get());
                assertEquals(12, list.rows().size(), "the list is back without the user doing anything");
                assertEquals(Instant.MIN, list.nextAutomaticRefresh(), "back to the normal 30 s refresh");
            }
        }
    }

    private ResourceListViewModel list(ConnectionContext connection) {
        BackUpAction none = new BackUpAction() {
            @Override
            public void open(Resource resource, Runnable whenStarted) {}

            @Override
            public void openBulk(List<Resource> resources, Runnable whenStarted) {}
        };
        ViewContext context = new ViewContext(
                connection, Async.synchronous(), ticker, clock, new ScriptedDialogs(), none, ResourceCache.none());
        return new ResourceListViewModel(AwsService.FSX, context);
    }
}
