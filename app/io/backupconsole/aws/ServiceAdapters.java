package io.backupconsole.aws;

import io.backupconsole.aws.backup.BackupAdapter;
import io.backupconsole.aws.backup.BackupJobPoller;
import io.backupconsole.aws.fsx.FsxJobPoller;
import io.backupconsole.aws.lightsail.LightsailJobPoller;
import io.backupconsole.aws.opsworkscm.OpsWorksCmJobPoller;
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
    private final Map<AwsService, JobPoller> pollers = new EnumMap<>(AwsService.class);

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
        return connect(connection, io.backupconsole.aws.credentials.ProfileCredentials.shared());
    }

    /** As {@link #connect(Connection)}, with a profile's credentials from {@code profiles}. Blocking. */
    public static ServiceAdapters connect(Connection connection,
                                          io.backupconsole.aws.credentials.ProfileCredentials profiles) {
        AwsClients clients = AwsClients.connect(connection, profiles);
        OpsWorksCmAdapter opsWorks = new OpsWorksCmAdapter(clients.opsWorksCm(), clients.opsWorksCmCreates());
        FsxAdapter fsx = new FsxAdapter(clients.fsx());
        BackupAdapter backup = new BackupAdapter(clients.backup());
        LightsailAdapter lightsail = new LightsailAdapter(clients.lightsail());
        ServiceAdapters adapters = new ServiceAdapters(connection, Map.of(AwsService.OPSWORKS_CM, opsWorks,
                AwsService.FSX, fsx, AwsService.BACKUP, backup, AwsService.LIGHTSAIL, lightsail), clients);
        adapters.pollers.put(AwsService.OPSWORKS_CM, new OpsWorksCmJobPoller(opsWorks));
        adapters.pollers.put(AwsService.FSX, new FsxJobPoller(fsx));
        adapters.pollers.put(AwsService.BACKUP, new BackupJobPoller(backup));
        adapters.pollers.put(AwsService.LIGHTSAIL, new LightsailJobPoller(lightsail));
        return adapters;
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

    /** How {@code service} reports the progress of many backups at once. */
    public JobPoller poller(AwsService service) {
        return pollers.get(service);
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
