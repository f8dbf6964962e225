package io.backupconsole.ui.shell;

import io.backupconsole.aws.AwsRegions;
import io.backupconsole.aws.AwsRegions.AwsRegion;
import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.AwsService;
import io.backupconsole.ui.common.ConnectionContext;
import io.backupconsole.ui.common.FailureMessages;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state: the services in the navigation with their resource counts, the connection and the
 * status line. Threading: every method is called on, and every property changes on, the FX thread (or the
 * synchronous executor in tests); connecting and listing run on the background executor.
 */
public final class ShellViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Executor background;
    private final Executor ui;
    private final Function<Connection, ServiceAdapters> connector;
    private final Clock clock;
    private final ConnectionContext context;

    private final ObservableList<ServiceNavItem> services = FXCollections.observableArrayList();
    private final ObjectProperty<ServiceNavItem> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper connectionLabel = new ReadOnlyStringWrapper("Not connected");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("Starting…");
    private final ReadOnlyStringWrapper opsWorksNotice = new ReadOnlyStringWrapper("");

    private final ObservableList<AwsRegion> regions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AwsRegion> region = new ReadOnlyObjectWrapper<>();

    private final javafx.beans.property.StringProperty theme = new javafx.beans.property.SimpleStringProperty("system");

    private ServiceAdapters adapters;
    private Connection connection;

    /**
     * @param background where blocking work runs
     * @param ui         where results are applied (Platform::runLater in the app)
     * @param connector  builds the adapters of a connection (blocking: runs on {@code background})
     */
    public ShellViewModel(Executor background, Executor ui, Function<Connection, ServiceAdapters> connector, Clock clock,
                          ConnectionContext context) {
        this.context = context;
        this.background = background;
        this.ui = ui;
        this.connector = connector;
        this.clock = clock;
        for (AwsService service : AwsService.values()) {
            services.add(new ServiceNavItem(service));
        }
        selected.set(services.get(0));
    }

    // Properties

    public ObservableList<ServiceNavItem> services() {
        return FXCollections.unmodifiableObservableList(services);
    }

    public ObjectProperty<ServiceNavItem> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty connectionLabelProperty() {
        return connectionLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** The chosen theme: "system" (follow the OS), "light" or "dark". The app applies and remembers it. */
    public javafx.beans.property.StringProperty themeProperty() {
        return theme;
    }

    /** Every commercial region, for the region picker (filled once, in the background). */
    public ObservableList<AwsRegion> regions() {
        return FXCollections.unmodifiableObservableList(regions);
    }

    /** The region of the current connection. */
    public ReadOnlyObjectProperty<AwsRegion> regionProperty() {
        return region.getReadOnlyProperty();
    }

    /** Why OpsWorks CM is labelled retired, worded for the current connection. */
    public ReadOnlyStringProperty opsWorksNoticeProperty() {
        return opsWorksNotice.getReadOnlyProperty();
    }

    // Commands

    /** Switches to a connection: builds its clients in the background, then refreshes every service. */
    public CompletableFuture<Void> connect(Connection connection) {
        this.connection = connection;
        region.set(regionEntry(connection.region()));
        if (regions.isEmpty()) {
            CompletableFuture.supplyAsync(AwsRegions::commercial, background).thenAcceptAsync(list -> {
                regions.setAll(list);
                region.set(regionEntry(this.connection.region()));
            }, ui);
        }
        ServiceAdapters previous = adapters;
        adapters = null;
        connectionLabel.set(connection.label() + " · " + connection.region());
        opsWorksNotice.set(connection.reachesAws()
                ? "AWS retired OpsWorks CM in 2024: Chef Automate ended on 5 May 2024 and Puppet Enterprise on "
                        + "31 March 2024. Calls to real AWS fail; the built-in sandbox still simulates it."
                : "Retired at AWS in 2024. The built-in sandbox simulates it fully.");
        statusText.set("Connecting to " + connection.label() + "…");
        return CompletableFuture.supplyAsync(() -> {
                    if (previous != null) {
                        previous.close();
                    }
                    return connector.apply(connection);
                }, background)
                .handleAsync((connected, failure) -> {
                    if (failure != null) {
                        statusText.set("Could not connect: " + FailureMessages.describe(failure));
                        return null;
                    }
                    adapters = connected;
                    context.connected(connected);
                    refreshAll();
                    return null;
                }, ui);
    }

    /** Switches the current connection to another region: clients are rebuilt and every view reloads. */
    public void switchRegion(AwsRegion newRegion) {
        if (connection != null && newRegion != null && !newRegion.id().equals(connection.region())) {
            connect(connection.withRegion(newRegion.id()));
        }
    }

    private AwsRegion regionEntry(String id) {
        return regions.stream().filter(r -> r.id().equals(id)).findFirst().orElseGet(() -> new AwsRegion(id, ""));
    }

    /** Reloads every service's resources; one failing service never blocks the others. */
    public void refreshAll() {
        if (adapters == null) {
            return;
        }
        ServiceAdapters current = adapters;
        for (ServiceNavItem item : services) {
            item.startLoading();
            CompletableFuture.supplyAsync(() -> current.get(item.service()).listResources().size(), background)
                    .whenCompleteAsync((count, failure) -> {
                        if (current != adapters) {
                            return;
                        }
                        if (failure != null) {
                            item.failed(FailureMessages.describe(failure));
                        } else {
                            item.loaded(count);
                        }
                        statusText.set(current.connection().label() + " · " + current.connection().region()
                                + " · last refresh " + LocalTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(TIME));
                    }, ui);
        }
    }

    /** Closes the clients of the current connection (on exit; closing SDK clients does no network I/O). */
    public void close() {
        if (adapters != null) {
            adapters.close();
        }
    }
}
