package io.backupconsole.ui.shell;

import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.ServiceModule;
import io.backupconsole.aws.ServiceRegistry;
import io.backupconsole.diagnostics.StartupTrace;
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
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kordamp.ikonli.Ikon;

/**
 * The main window's state: the services in the navigation with their resource counts, the connection and the
 * refresh status. Threading: every method is called on, and every property changes on, the FX thread (or the
 * synchronous executor in tests); connecting and listing run on the background executor.
 */
public final class ShellViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ServiceRegistry registry;
    private final Executor background;
    private final Executor ui;
    private final Function<Connection, ServiceAdapters> connector;
    private final Clock clock;
    private final ConnectionContext context;

    private final ObservableList<ServiceNavItem> services = FXCollections.observableArrayList();
    private final ObjectProperty<ServiceNavItem> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper connectionLabel = new ReadOnlyStringWrapper("Not connected");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("Starting…");
    private final ReadOnlyBooleanWrapper dataShown = new ReadOnlyBooleanWrapper(false);

    private ServiceAdapters adapters;
    /** The connection asked for last; an older one that finishes later is closed, never shown. */
    private Connection requested;

    /**
     * @param services   the app's services, in the navigation's order
     * @param icons      each service's icon (its window part's)
     * @param background where blocking work runs
     * @param ui         where results are applied (Platform::runLater in the app)
     * @param connector  builds the adapters of a connection (blocking: runs on {@code background})
     */
    public ShellViewModel(
            ServiceRegistry services,
            Function<AwsService, Ikon> icons,
            Executor background,
            Executor ui,
            Function<Connection, ServiceAdapters> connector,
            Clock clock,
            ConnectionContext context) {
        this.context = context;
        this.background = background;
        this.ui = ui;
        this.connector = connector;
        this.clock = clock;
        this.registry = services;
        for (ServiceModule<?> module : services.modules()) {
            this.services.add(new ServiceNavItem(module.service(), module.nouns(), icons.apply(module.service())));
        }
        selected.set(this.services.get(0));
    }

    // Properties

    public ObservableList<ServiceNavItem> services() {
        return FXCollections.unmodifiableObservableList(services);
    }

    public ObjectProperty<ServiceNavItem> selectedProperty() {
        return selected;
    }

    /** The connection and region in use, e.g. "Sandbox (built-in) · us-east-1". */
    public ReadOnlyStringProperty connectionLabelProperty() {
        return connectionLabel.getReadOnlyProperty();
    }

    /** "Connecting to …", "Could not connect: …" or "Last refresh 14:03:22". */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /**
     * Becomes true, once, when the window first shows data: a service's resource count has arrived (a failed count
     * is not data). The event {@code --exit-after-first-frame} waits for.
     */
    public ReadOnlyBooleanProperty dataShownProperty() {
        return dataShown.getReadOnlyProperty();
    }

    // Commands

    /**
     * Switches to a connection: builds its clients in the background, publishes them on the
     * {@link ConnectionContext} (every view reloads), refreshes the counts, then closes the previous clients.
     */
    public CompletableFuture<Void> connect(Connection connection) {
        requested = connection;
        connectionLabel.set(connection.label() + " · " + connection.region());
        statusText.set("Connecting to " + connection.label() + "…");
        // The counts shown belong to the previous connection: marked as loading until this one's arrive.
        services.forEach(ServiceNavItem::startLoading);
        return CompletableFuture.supplyAsync(() -> connector.apply(connection), background)
                .handleAsync(
                        (connected, failure) -> {
                            if (connection != requested) {
                                closeInBackground(connected);
                            } else if (failure != null) {
                                connectionFailed(connection, FailureMessages.describe(failure));
                            } else {
                                ServiceAdapters previous = adapters;
                                adapters = connected;
                                context.connected(connected);
                                refreshAll();
                                closeInBackground(previous);
                            }
                            return null;
                        },
                        ui);
    }

    /**
     * A failed switch keeps the previous connection (its views stay as they were) and says so; with none to keep,
     * every service shows that it is not connected instead of waiting forever.
     */
    private void connectionFailed(Connection connection, String reason) {
        if (adapters != null) {
            Connection kept = adapters.connection();
            connectionLabel.set(kept.label() + " · " + kept.region());
            statusText.set("Could not connect to " + connection.label() + ": " + reason + " Still using " + kept.label()
                    + ".");
            services.forEach(ServiceNavItem::loadingCancelled);
        } else {
            connectionLabel.set("Not connected");
            statusText.set("Could not connect to " + connection.label() + ": " + reason);
            services.forEach(item -> item.failed("Not connected: " + reason));
            context.failed(reason);
        }
    }

    /** Reloads every service's count; one failing service never blocks the others. */
    public void refreshAll() {
        if (adapters == null) {
            return;
        }
        ServiceAdapters current = adapters;
        for (ServiceNavItem item : services) {
            item.startLoading();
            CompletableFuture.supplyAsync(
                            () -> current.listResources(item.service()).size(), background)
                    .whenCompleteAsync(
                            (count, failure) -> {
                                if (current != adapters) {
                                    return;
                                }
                                if (failure != null) {
                                    item.failed(FailureMessages.describe(failure));
                                } else {
                                    item.loaded(count);
                                    dataShown.set(true);
                                }
                                StartupTrace.mark("count shown " + item.service());
                                statusText.set("Last refresh "
                                        + LocalTime.now(clock)
                                                .truncatedTo(ChronoUnit.SECONDS)
                                                .format(TIME));
                            },
                            ui);
        }
    }

    /** Closes the clients of the current connection (on exit; closing SDK clients does no network I/O). */
    public void close() {
        if (adapters != null) {
            adapters.close();
        }
    }

    private void closeInBackground(ServiceAdapters stale) {
        if (stale != null) {
            background.execute(stale::close);
        }
    }
}
