package io.backupconsole.ui.resources;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.ResourceListing;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.common.FailureMessages;
import io.backupconsole.ui.common.RefreshBackoff;
import io.backupconsole.ui.common.Ticker;
import io.backupconsole.ui.common.ViewContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * One service's resource table: loading (all pages, applied in one batch), filtering over every column's text,
 * sorting (the view binds the comparator), selection with its details, automatic refresh while shown.
 * Threading: all methods and property changes on the FX thread (or the synchronous executor in tests); listing
 * runs in the background through {@link Async}. Late answers from an old connection or refresh are dropped.
 */
public final class ResourceListViewModel {
    private static final DateTimeFormatter LAST_KNOWN_TIME =
            DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneId.systemDefault());

    /** How often a shown view reloads by itself. */
    public static final Duration AUTO_REFRESH = Duration.ofSeconds(30);

    private final AwsService service;
    /** The connection, background work, the ticker, the clock and the last listings. */
    private final ViewContext context;

    private final ResourceDetailsViewModel details;
    private final ReadOnlyStringWrapper staleNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper listingNotice = new ReadOnlyStringWrapper("");

    private final ObservableList<Resource> all = FXCollections.observableArrayList();
    /** Only ever replaced whole, on the FX thread. */
    private SearchableRows searchable = SearchableRows.NONE;
    // Sorted first, then filtered: a keystroke only re-tests rows, keeping their order, instead of re-sorting every
    // row that passes (measured: 40-60 ms → about 1 ms per keystroke over 10,000 rows; docs/benchmarks.md).
    private final SortedList<Resource> sorted = new SortedList<>(all);
    private final FilteredList<Resource> filtered = new FilteredList<>(sorted);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<Resource> selected = new SimpleObjectProperty<>();
    private final ObservableList<Resource> selection = FXCollections.observableArrayList();
    /** A resource to select once the list has loaded, or null. */
    private String pendingReveal;

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper refreshing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Instant> lastRefresh = new ReadOnlyObjectWrapper<>();

    private boolean showing;
    private boolean loadedForConnection;
    private long generation;
    private Ticker.Ticket autoRefresh;
    /** The automatic refresh waits longer after each failed load (the user's refresh never waits). */
    private final RefreshBackoff backoff;

    /** The list of {@code service}'s resources with its details pane. */
    public ResourceListViewModel(AwsService service, ViewContext context) {
        this.service = service;
        this.context = context;
        this.details = new ResourceDetailsViewModel(service, context);
        this.backoff = new RefreshBackoff(context.clock());
        filterText.addListener((obs, old, text) -> applyFilter(text));
        selected.addListener((obs, old, resource) -> details.show(resource));
        details.whenBackupStarted(this::refresh);
        context.connection().adaptersProperty().addListener((obs, old, adapters) -> connectionChanged());
    }

    // Properties

    public AwsService service() {
        return service;
    }

    /** Rows in order, after filtering. Read-only; the order comes from {@link #comparatorProperty()}. */
    public ObservableList<Resource> rows() {
        return filtered;
    }

    /** The rows' order; the view binds it to its table's comparator, falling back to a service's default order. */
    public ObjectProperty<Comparator<? super Resource>> comparatorProperty() {
        return sorted.comparatorProperty();
    }

    /** Every row loaded, before filtering. */
    public ObservableList<Resource> allRows() {
        return FXCollections.unmodifiableObservableList(all);
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** Every selected row (several with Ctrl or Shift); kept across refreshes by id. */
    public ObservableList<Resource> selection() {
        return FXCollections.unmodifiableObservableList(selection);
    }

    /**
     * Selects the resource with this id, clearing a filter that hides it; if the list has not loaded yet, once it
     * has (the activity window's "Open resource").
     */
    public void reveal(String resourceId) {
        Resource found =
                all.stream().filter(r -> r.id().equals(resourceId)).findFirst().orElse(null);
        if (found == null) {
            pendingReveal = loadedForConnection ? null : resourceId;
            return;
        }
        pendingReveal = null;
        if (!filtered.contains(found)) {
            filterText.set("");
        }
        selectionChanged(List.of(found));
        selected.set(found);
    }

    /** The table's selection changed. */
    public void selectionChanged(List<Resource> rows) {
        selection.setAll(rows);
        details.showSelection(List.copyOf(rows));
    }

    /** False until the app has a connection: the table then says "Connecting…" rather than "Nothing here". */
    public BooleanBinding connectedProperty() {
        return context.connection().adaptersProperty().isNotNull();
    }

    /** Why there is no connection, when making it failed; empty otherwise. */
    public ReadOnlyStringProperty connectionFailureProperty() {
        return context.connection().failureProperty();
    }

    public ObjectProperty<Resource> selectedProperty() {
        return selected;
    }

    /** "Last known list from 14:03; refreshing…" while cached rows stand in for the first load; else empty. */
    public ReadOnlyStringProperty staleNoticeProperty() {
        return staleNotice.getReadOnlyProperty();
    }

    /**
     * What the last listing could not tell, in one line per failed helper call ("FSx volumes are not listed …");
     * empty when every call answered. The rows it did find are shown and can be backed up.
     */
    public ReadOnlyStringProperty listingNoticeProperty() {
        return listingNotice.getReadOnlyProperty();
    }

    /** True during the first load (nothing to show yet). */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while a later reload runs (the rows stay visible). */
    public ReadOnlyBooleanProperty refreshingProperty() {
        return refreshing.getReadOnlyProperty();
    }

    /** The last load's failure in words, empty when it worked. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastRefreshProperty() {
        return lastRefresh.getReadOnlyProperty();
    }

    public ResourceDetailsViewModel details() {
        return details;
    }

    // Commands

    /** The view was shown or hidden: load on first showing, refresh automatically only while shown. */
    public void setShowing(boolean nowShowing) {
        showing = nowShowing;
        if (autoRefresh != null) {
            autoRefresh.cancel();
            autoRefresh = null;
        }
        if (showing) {
            if (!loadedForConnection) {
                refresh();
            }
            autoRefresh = context.ticker().every(AUTO_REFRESH, this::automaticRefresh);
        }
    }

    /**
     * When the automatic refresh tries next: every {@link #AUTO_REFRESH} while loads work; after failures in a row
     * as {@link RefreshBackoff} says.
     */
    public Instant nextAutomaticRefresh() {
        return backoff.next();
    }

    private void automaticRefresh() {
        if (backoff.due()) {
            refresh();
        }
    }

    /** Reloads every page of resources now, keeping the selection when the resource is still there. */
    public void refresh() {
        ServiceAdapters adapters = context.connection().adapters();
        if (adapters == null) {
            return;
        }
        long thisLoad = ++generation;
        Instant attempted = context.clock().instant();
        boolean first = !loadedForConnection;
        loading.set(first);
        refreshing.set(!first);
        if (first) {
            showLastKnown(adapters, thisLoad);
        }
        SearchableRows shown = searchable;
        context.async()
                .run(
                        () -> {
                            ResourceListing listing = adapters.listing(service);
                            return new Listed(SearchableRows.of(listing.resources(), shown), listing.notices());
                        },
                        listed -> {
                            if (thisLoad == generation) {
                                apply(listed.rows());
                                listingNotice.set(String.join("\n", listed.notices()));
                                remember(adapters, listed.rows().rows());
                            }
                        },
                        failure -> {
                            if (thisLoad == generation) {
                                backoff.failed(attempted);
                                error.set(FailureMessages.describe(failure) + backoff.nextTryWords());
                                loading.set(false);
                                refreshing.set(false);
                            }
                        });
    }

    /** The last listing of this connection, region and service, shown until the fresh one arrives. */
    private void showLastKnown(ServiceAdapters adapters, long thisLoad) {
        String key = adapters.connection().key();
        String region = adapters.connection().region();
        context.async()
                .run(
                        () -> context.lastKnown()
                                .read(key, region, service)
                                .map(found -> new LastKnownRows(SearchableRows.of(found.resources()), found.savedAt())),
                        snapshot -> {
                            if (thisLoad == generation && loading.get() && snapshot.isPresent()) {
                                setRows(snapshot.get().rows());
                                loading.set(false);
                                refreshing.set(true);
                                staleNotice.set("Showing the list from "
                                        + LAST_KNOWN_TIME.format(snapshot.get().savedAt()) + " while it refreshes.");
                            }
                        },
                        failure -> {});
    }

    private void remember(ServiceAdapters adapters, List<Resource> resources) {
        String key = adapters.connection().key();
        String region = adapters.connection().region();
        context.async()
                .run(
                        () -> {
                            context.lastKnown().write(key, region, service, resources);
                            return null;
                        },
                        done -> {},
                        failure -> {});
    }

    private void apply(SearchableRows resources) {
        setRows(resources);
        loadedForConnection = true;
        backoff.reset();
        error.set("");
        staleNotice.set("");
        loading.set(false);
        refreshing.set(false);
        lastRefresh.set(context.clock().instant());
        if (pendingReveal != null) {
            reveal(pendingReveal);
        }
    }

    /** Shows rows, keeping the selection (by id) and the details of the selected resource. */
    private void setRows(SearchableRows listed) {
        if (listed == searchable && !listed.rows().isEmpty()) {
            // An unchanged listing (the usual automatic refresh): replacing 10,000 equal rows made the table redo
            // its selection, sort, filter and cells for nothing, a stall of ~100 ms every 30 s (docs/benchmarks.md).
            if (selected.get() != null) {
                details.show(selected.get());
            }
            return;
        }
        List<Resource> resources = listed.rows();
        String selectedId = selected.get() == null ? null : selected.get().id();
        Set<String> selectionIds = new HashSet<>();
        selection.forEach(r -> selectionIds.add(r.id()));
        searchable = listed;
        all.setAll(resources);
        Resource again = selectedId == null
                ? null
                : resources.stream()
                        .filter(r -> r.id().equals(selectedId))
                        .findFirst()
                        .orElse(null);
        selectionChanged(
                resources.stream().filter(r -> selectionIds.contains(r.id())).toList());
        selected.set(again);
        if (again != null) {
            details.show(again);
        }
    }

    private void applyFilter(String text) {
        filtered.setPredicate(filterPredicate(text));
    }

    /**
     * The test a filter text puts on each row, or null when it lets every row through. It reads the search texts
     * of the rows loaded at the time of the test, so it stays right when a refresh swaps the rows under a filter.
     */
    public Predicate<Resource> filterPredicate(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return needle.isEmpty() ? null : resource -> searchable.matches(resource, needle);
    }

    private void connectionChanged() {
        generation++;
        loadedForConnection = false;
        all.clear();
        searchable = SearchableRows.NONE;
        selectionChanged(List.of());
        selected.set(null);
        backoff.reset();
        error.set("");
        staleNotice.set("");
        listingNotice.set("");
        refreshing.set(false);
        if (showing) {
            refresh();
        }
    }

    /** A fresh listing made searchable in the background, with the notices of its failed helper calls. */
    private record Listed(SearchableRows rows, List<String> notices) {}

    /** A last-known listing made searchable in the background, with when it was saved. */
    private record LastKnownRows(SearchableRows rows, Instant savedAt) {}
}
