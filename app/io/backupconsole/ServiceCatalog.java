package io.backupconsole;

import io.backupconsole.aws.ServiceModule;
import io.backupconsole.aws.ServiceRegistry;
import io.backupconsole.aws.awsbackup.AwsBackupModule;
import io.backupconsole.aws.fsx.FsxModule;
import io.backupconsole.aws.lightsail.LightsailModule;
import io.backupconsole.aws.opsworkscm.OpsWorksCmModule;
import io.backupconsole.ui.ServiceUi;
import io.backupconsole.ui.ServiceUis;
import io.backupconsole.ui.awsbackup.AwsBackupUi;
import io.backupconsole.ui.fsx.FsxUi;
import io.backupconsole.ui.lightsail.LightsailUi;
import io.backupconsole.ui.opsworkscm.OpsWorksCmUi;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The services of the app: one line per service, its core module and its window part, in the order the navigation
 * and the command line list them. Built once by {@link Main} and passed in: the command line, the tracker and the
 * overview get {@link #services()} only; the window gets {@link #uis()} too. A test adds a service by registering
 * one more. Immutable.
 */
public final class ServiceCatalog {
    private record Entry(ServiceModule<?> module, Supplier<? extends ServiceUi> ui) {}

    private final List<Entry> entries;

    private ServiceCatalog(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The four services Backup Console backs up into. */
    public static ServiceCatalog standard() {
        return new ServiceCatalog(List.of())
                .register(new OpsWorksCmModule(), OpsWorksCmUi::new)
                .register(new FsxModule(), FsxUi::new)
                .register(new AwsBackupModule(), AwsBackupUi::new)
                .register(new LightsailModule(), LightsailUi::new);
    }

    /**
     * This catalog with one more service.
     *
     * @param ui builds the window part; called only when the window starts (the command line never loads it)
     */
    public ServiceCatalog register(ServiceModule<?> module, Supplier<? extends ServiceUi> ui) {
        List<Entry> more = new ArrayList<>(entries);
        more.add(new Entry(module, ui));
        return new ServiceCatalog(more);
    }

    /** The modules without their window parts, for the command line, the tracker and the overview. */
    public ServiceRegistry services() {
        return new ServiceRegistry(entries.stream().map(Entry::module).toList());
    }

    /** The window parts. FX thread. */
    public ServiceUis uis() {
        List<ServiceUi> uis =
                entries.stream().<ServiceUi>map(entry -> entry.ui().get()).toList();
        for (int i = 0; i < uis.size(); i++) {
            if (!uis.get(i).service().equals(entries.get(i).module().service())) {
                throw new IllegalStateException("The window part registered with "
                        + entries.get(i).module().service().id() + " is "
                        + uis.get(i).service().id() + "'s");
            }
        }
        return new ServiceUis(uis);
    }
}
