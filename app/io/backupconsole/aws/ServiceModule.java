package io.backupconsole.aws;

import io.backupconsole.domain.AwsService;

/**
 * Everything the app (without its window) needs from one AWS service, declared in one place: the service's own
 * folder. The {@link ServiceRegistry} lists the modules; nothing outside the modules chooses behaviour by service.
 * Implementations are immutable and thread-safe; methods that take an adapter may block on the network.
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
}
