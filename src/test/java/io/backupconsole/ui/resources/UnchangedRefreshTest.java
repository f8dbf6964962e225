package io.backupconsole.ui.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapter;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.Resource;
import io.backupconsole.storage.ResourceCache;
import io.backupconsole.testsupport.ManualTicker;
import io.backupconsole.testsupport.ScriptedDialogs;
import io.backupconsole.testsupport.StandardServices;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.common.BackUpAction;
import io.backupconsole.ui.common.ConnectionContext;
import io.backupconsole.ui.common.ViewContext;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/**
 * The automatic refresh of an unchanged listing leaves the shown rows alone (no change for the table to redo its
 * selection, sort, filter and cells over thousands of rows); a changed listing still replaces them, keeping the
 * selection. Pure view-model test over a scripted listing.
 */
class UnchangedRefreshTest {
    private final List<Resource> listing = new ArrayList<>(fileSystems("AVAILABLE"));

    @Test
    void anUnchangedListingChangesNoRowAndKeepsTheSelection() {
        ResourceListViewModel list = showing();
        Resource third = list.rows().get(2);
        list.selectionChanged(List.of(third));
        list.selectedProperty().set(third);
        AtomicInteger changes = countChanges(list);

        listing.clear();
        listing.addAll(fileSystems("AVAILABLE")); // equal rows, new objects: what a fresh listing returns
        list.refresh();

        assertEquals(0, changes.get(), "no change reached the table");
        assertSame(third, list.selectedProperty().get());
        assertEquals(List.of(third), list.selection());
        assertEquals(5, list.rows().size());
    }

    @Test
    void aChangedListingIsShownWithTheSelectionKeptById() {
        ResourceListViewModel list = showing();
        list.selectionChanged(List.of(list.rows().get(2)));
        list.selectedProperty().set(list.rows().get(2));
        AtomicInteger changes = countChanges(list);

        listing.clear();
        listing.addAll(fileSystems("UPDATING"));
        list.refresh();

        assertEquals(1, changes.get());
        assertEquals("UPDATING", list.rows().get(2).state());
        assertEquals("fs-2", list.selectedProperty().get().id());
        assertEquals(List.of(list.rows().get(2)), list.selection());
    }

    @Test
    void theFilterStillWorksAfterAnUnchangedRefresh() {
        ResourceListViewModel list = showing();
        list.refresh();
        list.filterTextProperty().set("name-3");

        assertEquals(List.of("fs-3"), list.rows().stream().map(Resource::id).toList());
    }

    @Test
    void aChangedListingUnderAFilterIsFilteredByItsOwnTexts() {
        ResourceListViewModel list = showing();
        list.filterTextProperty().set("name-3");

        listing.clear();
        listing.addAll(fileSystems("UPDATING"));
        list.refresh();

        assertEquals(
                List.of("UPDATING"), list.rows().stream().map(Resource::state).toList());
    }

    private ResourceListViewModel showing() {
        ConnectionContext connection = new ConnectionContext();
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
                ResourceCache.none());
        ResourceListViewModel list = new ResourceListViewModel(AwsService.FSX, context);
        connection.connected(adapters());
        list.setShowing(true);
        assertEquals(5, list.rows().size());
        return list;
    }

    private static AtomicInteger countChanges(ResourceListViewModel list) {
        AtomicInteger changes = new AtomicInteger();
        list.rows().addListener((ListChangeListener<Resource>) c -> changes.incrementAndGet());
        return changes;
    }

    private static List<Resource> fileSystems(String state) {
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        return IntStream.range(0, 5)
                .mapToObj(i -> new Resource(
                        AwsService.FSX,
                        "fs-" + i,
                        "name-" + i,
                        "LUSTRE",
                        state,
                        created.plusSeconds(i),
                        null,
                        Eligibility.ALLOWED,
                        List.of()))
                .toList();
    }

    private ServiceAdapters adapters() {
        ServiceAdapter scripted = new ServiceAdapter() {
            @Override
            public AwsService service() {
                return AwsService.FSX;
            }

            @Override
            public List<Resource> listResources() {
                return List.copyOf(listing);
            }

            @Override
            public List<BackupSummary> listBackups(String resourceId) {
                return List.of();
            }
        };
        Map<AwsService, ServiceAdapter> adapters = new LinkedHashMap<>();
        Map<AwsService, URI> endpoints = new LinkedHashMap<>();
        for (AwsService service : StandardServices.registry().services()) {
            adapters.put(service, scripted);
            endpoints.put(service, URI.create("http://127.0.0.1:9"));
        }
        return new ServiceAdapters(
                StandardServices.registry(), new Connection.Endpoint(endpoints, "us-east-1"), adapters, () -> {});
    }
}
