package io.backupconsole;

import io.backupconsole.aws.ServiceModule;
import io.backupconsole.aws.ServiceRegistry;
import io.backupconsole.aws.awsbackup.AwsBackupModule;
import io.backupconsole.aws.fsx.FsxModule;
import io.backupconsole.aws.lightsail.LightsailModule;
import io.backupconsole.aws.opsworkscm.OpsWorksCmModule;
import java.util.ArrayList;
import java.util.List;

/**
 * The services of the app: one line per service, in the order the navigation and the command line list them.
 * Built once by {@link Main} and passed in; a test adds a service by registering one more. Immutable.
 */
public final class ServiceCatalog {
    private final List<ServiceModule<?>> modules;

    private ServiceCatalog(List<ServiceModule<?>> modules) {
        this.modules = List.copyOf(modules);
    }

    /** The four services Backup Console backs up into. */
    public static ServiceCatalog standard() {
        return new ServiceCatalog(List.of())
                .register(new OpsWorksCmModule())
                .register(new FsxModule())
                .register(new AwsBackupModule())
                .register(new LightsailModule());
    }

    /** This catalog with one more service. */
    public ServiceCatalog register(ServiceModule<?> module) {
        List<ServiceModule<?>> more = new ArrayList<>(modules);
        more.add(module);
        return new ServiceCatalog(more);
    }

    /** The modules without their window parts, for the command line, the tracker and the overview. */
    public ServiceRegistry services() {
        return new ServiceRegistry(modules);
    }
}
