package io.backupconsole.aws;

import io.backupconsole.aws.backup.BackupAdapter;
import io.backupconsole.aws.fsx.FsxAdapter;
import io.backupconsole.aws.lightsail.LightsailAdapter;
import io.backupconsole.aws.opsworkscm.OpsWorksCmAdapter;
import io.backupconsole.domain.AwsService;
import java.util.EnumMap;
import java.util.Map;

/**
 * The four service adapters of one connection. Closing it closes the SDK clients behind them.
 */
public final class ServiceAdapters implements AutoCloseable {
    private final Connection connection;
    private final Map<AwsService, ServiceAdapter> adapters;
    private final AutoCloseable resources;

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

    /**
     * Builds the SDK clients and the four adapters of a connection. Blocking (class loading, profile files):
     * call from the background executor.
     */
    public static ServiceAdapters connect(Connection connection) {
        AwsClients clients = AwsClients.connect(connection);
        return new ServiceAdapters(connection, Map.of(
                AwsService.OPSWORKS_CM, new OpsWorksCmAdapter(clients.opsWorksCm(), clients.opsWorksCmCreates()),
                AwsService.FSX, new FsxAdapter(clients.fsx()),
                AwsService.BACKUP, new BackupAdapter(clients.backup()),
                AwsService.LIGHTSAIL, new LightsailAdapter(clients.lightsail())), clients);
    }

    public Connection connection() {
        return connection;
    }

    public ServiceAdapter get(AwsService service) {
        return adapters.get(service);
    }

    /** How {@code service} starts backups (every adapter is its own starter). */
    public BackupStarter starter(AwsService service) {
        if (!(adapters.get(service) instanceof BackupStarter starter)) {
            throw new IllegalStateException("The " + service + " adapter cannot start backups");
        }
        return starter;
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            throw new IllegalStateException("Could not close the AWS clients", e);
        }
    }
}
