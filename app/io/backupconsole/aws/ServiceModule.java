package io.backupconsole.aws;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.Resource;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Everything the app (without its window) needs from one AWS service, declared in one place: the service's own
 * folder. The {@link ServiceRegistry} lists the modules; nothing outside the modules chooses behaviour by service.
 * Implementations are immutable and thread-safe; methods that take an adapter may block on the network
 * (background only).
 *
 * @param <A> the service's adapter
 */
public interface ServiceModule<A extends ServiceAdapter> {

    AwsService service();

    /** The typed key of the adapter, so {@link ServiceAdapters#get(AdapterKey)} needs no cast. */
    AdapterKey<A> adapterKey();

    /** Builds the service's SDK client(s) through {@code clients} and its adapter on them. Blocking. */
    A adapter(ServiceClients clients);

    /** How the service reports the progress of many backups at once. */
    JobPoller poller(A adapter);

    /**
     * The service's part of its endpoint-override variable, {@code AWS_ENDPOINT_URL_<name>}: AWS's service id in
     * upper case without spaces ({@code OpsWorksCM} → {@code OPSWORKSCM}).
     */
    String endpointName();

    /** What the window and the command line call the service's things. */
    ServiceNouns nouns();

    /** What the service says about {@code connection} before anything is called (OpsWorks CM: retired at AWS). */
    default Optional<String> notice(Connection connection) {
        return Optional.empty();
    }

    /** Whether {@code resource} can be added to an AWS Backup plan, with the reason a user reads when not. */
    Eligibility planEligibility(Resource resource);

    /** The ARN an AWS Backup plan's selection names for {@code resource}, when it can be in a plan. */
    default Optional<String> planArn(Resource resource) {
        return Optional.empty();
    }

    /** The plan name "Add to a backup plan…" suggests for this service's resources. */
    default String suggestedPlanName() {
        return "backup-console-daily";
    }

    /**
     * The backups running now in the connection's region, each read with one listing (never one call per
     * resource), for the all-accounts overview. Blocking.
     */
    List<BackupSummary> runningBackups(A adapter, Instant now);

    /** Stopping a started backup, for a service that can; empty for one that cannot. */
    default Optional<CancelsBackups<A>> cancelling() {
        return Optional.empty();
    }

    /** Deleting a manual backup through {@code adapter}, for a service that lets the user; empty otherwise. */
    default Optional<DeletesBackups> deleting(A adapter) {
        return Optional.empty();
    }

    /**
     * The name a retry of a failed backup gets. Most services reuse the name; a service whose failed attempt keeps
     * its name taken (Lightsail) picks a free one.
     *
     * @param used the names of this service's tracked backups
     */
    default String retryName(String name, Collection<String> used) {
        return name;
    }

    /** The service's part of the command line: its flags, its request and its checks before sending. */
    ServiceCli<A> cli();
}
