package io.backupconsole.aws;

import io.backupconsole.diagnostics.StartupTrace;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.ResourceListing;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The adapters of one connection, one per service of the {@link ServiceRegistry}, and what each module offers on
 * them (poller, capabilities). Closing it closes the SDK clients behind them. Thread-safe.
 */
public final class ServiceAdapters implements AutoCloseable {
    /** How long a listing made through these clients stands for a new one (see {@link #listResources}). */
    public static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final ServiceRegistry registry;
    private final Connection connection;
    private final Map<AwsService, ServiceAdapter> adapters;
    private final AutoCloseable resources;
    private final Map<AwsService, JobPoller> pollers = new ConcurrentHashMap<>();
    private final Map<AwsService, FreshListing> freshListings = new ConcurrentHashMap<>();

    /**
     * @param adapters  an adapter for every service of {@code registry}
     * @param resources closed with these adapters (the SDK clients)
     */
    public ServiceAdapters(
            ServiceRegistry registry,
            Connection connection,
            Map<AwsService, ? extends ServiceAdapter> adapters,
            AutoCloseable resources) {
        this.registry = registry;
        this.connection = connection;
        this.adapters = Map.copyOf(adapters);
        this.resources = resources;
        for (AwsService service : registry.services()) {
            if (!this.adapters.containsKey(service)) {
                throw new IllegalArgumentException("No adapter for " + service.id());
            }
        }
    }

    /**
     * The adapters over a connection's clients ({@link ClientFactory#connect} makes them), each module building its
     * own SDK clients. Blocking (class loading): background threads only.
     */
    static ServiceAdapters connect(ServiceRegistry registry, AwsClients clients) {
        try {
            Map<AwsService, ServiceAdapter> built = new LinkedHashMap<>();
            for (ServiceModule<?> module : registry.modules()) {
                built.put(module.service(), module.adapter(clients));
            }
            StartupTrace.mark("clients: built");
            return new ServiceAdapters(registry, clients.connection(), built, clients);
        } catch (RuntimeException e) {
            clients.close();
            throw e;
        }
    }

    public Connection connection() {
        return connection;
    }

    /** The modules these adapters were built from. */
    public ServiceRegistry registry() {
        return registry;
    }

    /** The services, in the registry's order. */
    public List<AwsService> services() {
        return registry.services();
    }

    /** A service's adapter, as what every adapter offers. */
    public ServiceAdapter get(AwsService service) {
        return adapters.get(service);
    }

    /** A service's adapter as its own type, e.g. {@code get(FsxModule.ADAPTER)}. */
    public <A extends ServiceAdapter> A get(AdapterKey<A> key) {
        // The one cast: the registry guarantees the module of this key built this adapter.
        return key.type().cast(adapters.get(key.service()));
    }

    /**
     * Every resource of {@code service} (as {@link ServiceAdapter#listResources()}), or a listing of these very
     * clients that is at most {@link #FRESH_FOR} old. At start-up the head start has just listed every service to
     * warm the SDK up; the window's counts and first view reuse those answers instead of asking again a second
     * later (an answer as fresh as any, and the 30 s refresh follows). Blocking; thread-safe.
     */
    public List<Resource> listResources(AwsService service) {
        return listing(service).resources();
    }

    /** As {@link #listResources(AwsService)}, with the notices of helper calls that failed. Blocking; thread-safe. */
    public ResourceListing listing(AwsService service) {
        FreshListing fresh = freshListings.get(service);
        if (fresh != null && System.nanoTime() - fresh.listedAtNanos() < FRESH_FOR.toNanos()) {
            return fresh.listing();
        }
        freshListings.remove(service, fresh);
        return adapters.get(service).listing();
    }

    /** Hands in a listing just made through these clients, for {@link #listResources(AwsService)} to reuse. */
    public void offerFreshListing(AwsService service, List<Resource> resources) {
        offerFreshListing(service, ResourceListing.complete(resources));
    }

    /** As above, with the listing's notices. */
    public void offerFreshListing(AwsService service, ResourceListing listing) {
        offerFreshListing(service, listing, System.nanoTime());
    }

    /** As above, for a listing made at {@code listedAtNanos} ({@link System#nanoTime()}); tests age it this way. */
    void offerFreshListing(AwsService service, List<Resource> resources, long listedAtNanos) {
        offerFreshListing(service, ResourceListing.complete(resources), listedAtNanos);
    }

    private void offerFreshListing(AwsService service, ResourceListing listing, long listedAtNanos) {
        freshListings.put(service, new FreshListing(listing, listedAtNanos));
    }

    /** How {@code service} starts backups (every adapter is its own starter). */
    public BackupStarter starter(AwsService service) {
        if (!(adapters.get(service) instanceof BackupStarter starter)) {
            throw new IllegalStateException("The " + service.id() + " adapter cannot start backups");
        }
        return starter;
    }

    /** How {@code service} reports the progress of many backups at once (its module's poller on its adapter). */
    public JobPoller poller(AwsService service) {
        return pollers.computeIfAbsent(service, s -> pollerOf(registry.module(s)));
    }

    private <A extends ServiceAdapter> JobPoller pollerOf(ServiceModule<A> module) {
        return module.poller(get(module.adapterKey()));
    }

    /** The backups of {@code service} running now (its module's listing, for the overview). Blocking. */
    public List<BackupSummary> runningBackups(AwsService service, Instant now) {
        return runningBackups(registry.module(service), now);
    }

    private <A extends ServiceAdapter> List<BackupSummary> runningBackups(ServiceModule<A> module, Instant now) {
        return module.runningBackups(get(module.adapterKey()), now);
    }

    /**
     * Asks {@code service} to stop a started backup. Blocking (network).
     *
     * @throws IllegalArgumentException when the service cannot stop a backup ({@link ServiceModule#cancelling()})
     */
    public void cancel(AwsService service, String serviceJobId) {
        cancel(registry.module(service), serviceJobId);
    }

    private <A extends ServiceAdapter> void cancel(ServiceModule<A> module, String serviceJobId) {
        CancelsBackups<A> cancelling = module.cancelling()
                .orElseThrow(() -> new IllegalArgumentException(
                        module.service().displayName() + " cannot stop a backup once it has started"));
        cancelling.cancel(get(module.adapterKey()), serviceJobId);
    }

    /** How the user deletes a manual backup of {@code service}, for a service that lets them. */
    public Optional<DeletesBackups> deleting(AwsService service) {
        return deleting(registry.module(service));
    }

    private <A extends ServiceAdapter> Optional<DeletesBackups> deleting(ServiceModule<A> module) {
        return module.deleting(get(module.adapterKey()));
    }

    private record FreshListing(ResourceListing listing, long listedAtNanos) {}

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            throw new IllegalStateException("Could not close the AWS clients", e);
        }
    }
}
