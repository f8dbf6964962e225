package io.backupconsole.aws;

import io.backupconsole.aws.awsbackup.AwsBackupAdapter;
import io.backupconsole.aws.awsbackup.AwsBackupJobPoller;
import io.backupconsole.aws.fsx.FsxAdapter;
import io.backupconsole.aws.fsx.FsxJobPoller;
import io.backupconsole.aws.lightsail.LightsailAdapter;
import io.backupconsole.aws.lightsail.LightsailJobPoller;
import io.backupconsole.aws.opsworkscm.OpsWorksCmAdapter;
import io.backupconsole.aws.opsworkscm.OpsWorksCmJobPoller;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.ResourceListing;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The four service adapters of one connection. Closing it closes the SDK clients behind them.
 */
public final class ServiceAdapters implements AutoCloseable {
    /** How long a listing made through these clients stands for a new one (see {@link #listResources}). */
    public static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final Connection connection;
    private final Map<AwsService, ServiceAdapter> adapters;
    private final AutoCloseable resources;
    private final Map<AwsService, JobPoller> pollers = new EnumMap<>(AwsService.class);
    private final Map<AwsService, FreshListing> freshListings = new ConcurrentHashMap<>();

    public ServiceAdapters(Connection connection, Map<AwsService, ServiceAdapter> adapters, AutoCloseable resources) {
        this.connection = connection;
        this.adapters = new EnumMap<>(adapters);
        this.resources = resources;
        for (AwsService service : AwsService.values()) {
            if (!this.adapters.containsKey(service)) {
                throw new IllegalArgumentException("No adapter for " + service);
            }
        }
    }

    /** The four adapters over a connection's clients ({@link ClientFactory#connect} builds them). */
    static ServiceAdapters connect(AwsClients clients) {
        Connection connection = clients.connection();
        OpsWorksCmAdapter opsWorks = new OpsWorksCmAdapter(clients.opsWorksCm(), clients.opsWorksCmCreates());
        FsxAdapter fsx = new FsxAdapter(clients.fsx());
        AwsBackupAdapter backup = new AwsBackupAdapter(clients.backup());
        LightsailAdapter lightsail = new LightsailAdapter(clients.lightsail());
        ServiceAdapters adapters = new ServiceAdapters(
                connection,
                Map.of(
                        AwsService.OPSWORKS_CM,
                        opsWorks,
                        AwsService.FSX,
                        fsx,
                        AwsService.BACKUP,
                        backup,
                        AwsService.LIGHTSAIL,
                        lightsail),
                clients);
        adapters.pollers.put(AwsService.OPSWORKS_CM, new OpsWorksCmJobPoller(opsWorks));
        adapters.pollers.put(AwsService.FSX, new FsxJobPoller(fsx));
        adapters.pollers.put(AwsService.BACKUP, new AwsBackupJobPoller(backup));
        adapters.pollers.put(AwsService.LIGHTSAIL, new LightsailJobPoller(lightsail));
        return adapters;
    }

    public Connection connection() {
        return connection;
    }

    public ServiceAdapter get(AwsService service) {
        return adapters.get(service);
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
            throw new IllegalStateException("The " + service + " adapter cannot start backups");
        }
        return starter;
    }

    /** How {@code service} reports the progress of many backups at once. */
    public JobPoller poller(AwsService service) {
        return pollers.get(service);
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
