package io.backupconsole.tracking;

import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.ServiceRegistry;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The tracker's own SDK clients, one set per connection and region that has jobs, built on first use from the key
 * journalled with each job. Kept apart from the window's clients, which are closed when the user switches
 * connection. Blocking (builds clients): background only; thread-safe.
 */
public final class ConnectionPool implements AdaptersProvider, AutoCloseable {
    private final ServiceRegistry services;
    private final Supplier<URI> sandboxEndpoint;
    private final Function<Connection, ServiceAdapters> connector;
    private final Map<String, ServiceAdapters> built = new ConcurrentHashMap<>();

    /**
     * @param services        the services a key's connection covers (an endpoint key names one URL for all of them)
     * @param sandboxEndpoint the built-in sandbox's URL (starting it if needed; blocking)
     * @param connector       builds a connection's adapters: the composition root's {@code ClientFactory::connect}
     *                        (with its HTTP settings and profile credentials); blocking
     */
    public ConnectionPool(
            ServiceRegistry services, Supplier<URI> sandboxEndpoint, Function<Connection, ServiceAdapters> connector) {
        this.services = services;
        this.sandboxEndpoint = sandboxEndpoint;
        this.connector = connector;
    }

    @Override
    public ServiceAdapters adaptersFor(String connectionKey, String region) {
        return built.computeIfAbsent(
                connectionKey + "@" + region, key -> connector.apply(connectionOf(connectionKey, region)));
    }

    /**
     * Closes and drops the clients of a connection in every region (after a sign-in: the next poll builds them
     * again with the new credentials).
     */
    public void forget(String connectionKey) {
        for (String key : List.copyOf(built.keySet())) {
            if (key.startsWith(connectionKey + "@") || key.startsWith(connectionKey + "|")) {
                ServiceAdapters stale = built.remove(key);
                if (stale != null) {
                    stale.close();
                }
            }
        }
    }

    /** The connection a key names (see {@link Connection#key()}). */
    Connection connectionOf(String key, String region) {
        return Connection.fromKey(key, region, sandboxEndpoint, services);
    }

    @Override
    public void close() {
        built.values().forEach(ServiceAdapters::close);
        built.clear();
    }
}
