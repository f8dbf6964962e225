package io.backupconsole.aws;

import io.backupconsole.domain.AwsService;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A module whose identity and parts are declared in its constructor: its adapter key, endpoint name, nouns, how
 * it builds its adapter and poller, and its command line. A service's module passes them in one call and overrides
 * only what it decides about resources and backups. Immutable.
 *
 * @param <A> the service's adapter
 */
public abstract class DeclaredModule<A extends ServiceAdapter> implements ServiceModule<A> {
    private record Parts<A extends ServiceAdapter>(
            AdapterKey<A> key,
            String endpointName,
            ServiceNouns nouns,
            Function<ServiceClients, A> adapter,
            Function<A, JobPoller> poller,
            Supplier<ServiceCli<A>> cli) {}

    private final Parts<A> parts;

    /**
     * @param endpointName the service's part of {@code AWS_ENDPOINT_URL_<name>} ({@link #endpointName()})
     * @param adapter      builds the service's SDK client(s) through the clients and its adapter on them
     */
    protected DeclaredModule(
            AdapterKey<A> key,
            String endpointName,
            ServiceNouns nouns,
            Function<ServiceClients, A> adapter,
            Function<A, JobPoller> poller,
            Supplier<ServiceCli<A>> cli) {
        this.parts = new Parts<>(key, endpointName, nouns, adapter, poller, cli);
    }

    @Override
    public final AwsService service() {
        return parts.key().service();
    }

    @Override
    public final AdapterKey<A> adapterKey() {
        return parts.key();
    }

    @Override
    public final A adapter(ServiceClients clients) {
        return parts.adapter().apply(clients);
    }

    @Override
    public final JobPoller poller(A adapter) {
        return parts.poller().apply(adapter);
    }

    @Override
    public final String endpointName() {
        return parts.endpointName();
    }

    @Override
    public final ServiceNouns nouns() {
        return parts.nouns();
    }

    @Override
    public final ServiceCli<A> cli() {
        return parts.cli().get();
    }
}
