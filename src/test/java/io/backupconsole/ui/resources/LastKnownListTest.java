package io.backupconsole.ui.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapter;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.storage.ResourceCache;
import io.backupconsole.testsupport.ManualTicker;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.ScriptedDialogs;
import io.backupconsole.testsupport.StandardServices;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.common.BackUpAction;
import io.backupconsole.ui.common.ConnectionContext;
import io.backupconsole.ui.common.ViewContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The first frame shows the last known list of the connection and region while the fresh listing loads. */
class LastKnownListTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @TempDir
    Path cacheFolder;

    private ResourceListViewModel list(ConnectionContext connection, ResourceCache cache) {
        BackUpAction none = new BackUpAction() {
            @Override
            public void open(Resource resource, Runnable whenStarted) {}

            @Override
            public void openBulk(List<Resource> resources, Runnable whenStarted) {}
        };
        ViewContext context = new ViewContext(
                connection,
                Async.synchronous(),
                new ManualTicker(),
                Clock.systemUTC(),
                new ScriptedDialogs(),
                none,
                cache);
        return new ResourceListViewModel(AwsService.FSX, context);
    }

    @Test
    void theLastListingStandsInUntilTheFreshOneArrivesAndSaysSo() {
        ResourceCache cache = new ResourceCache(cacheFolder, Clock.systemUTC());
        ConnectionContext yesterday = new ConnectionContext();
        try (ServiceAdapters adapters = sandbox.connect("us-east-1")) {
            yesterday.connected(adapters);
            ResourceListViewModel first = list(yesterday, cache);
            first.setShowing(true);
            assertEquals(12, first.rows().size());
        }

        ConnectionContext today = new ConnectionContext();
        Connection sameConnection = sandbox.connection("us-east-1");
        today.connected(new ServiceAdapters(StandardServices.registry(), sameConnection, unreachable(), () -> {}));
        ResourceListViewModel second = list(today, cache);
        second.setShowing(true);

        assertEquals(12, second.rows().size(), "the last known rows, although the service cannot be reached");
        assertTrue(second.staleNoticeProperty().get().startsWith("Showing the list from"));
        assertFalse(second.errorProperty().get().isEmpty(), "and why they are not fresh");
        assertFalse(second.loadingProperty().get());
    }

    @Test
    void anotherRegionDoesNotShowThisRegionsList() {
        ResourceCache cache = new ResourceCache(cacheFolder, Clock.systemUTC());
        ConnectionContext connection = new ConnectionContext();
        try (ServiceAdapters adapters = sandbox.connect("us-east-1")) {
            connection.connected(adapters);
            list(connection, cache).setShowing(true);
        }
        ConnectionContext elsewhere = new ConnectionContext();
        elsewhere.connected(new ServiceAdapters(
                StandardServices.registry(), sandbox.connection("ap-south-1"), unreachable(), () -> {}));

        ResourceListViewModel other = list(elsewhere, cache);
        other.setShowing(true);

        assertTrue(other.rows().isEmpty());
        assertEquals("", other.staleNoticeProperty().get());
    }

    private static Map<AwsService, ServiceAdapter> unreachable() {
        ServiceAdapter down = new ServiceAdapter() {
            @Override
            public AwsService service() {
                return AwsService.FSX;
            }

            @Override
            public List<Resource> listResources() {
                throw new ServiceFailure(ServiceFailure.Kind.NETWORK, "", "Could not reach the service", null, null);
            }

            @Override
            public List<BackupSummary> listBackups(String resourceId) {
                return List.of();
            }
        };
        Map<AwsService, ServiceAdapter> adapters = new LinkedHashMap<>();
        for (AwsService service : StandardServices.registry().services()) {
            adapters.put(service, down);
        }
        return adapters;
    }
}
