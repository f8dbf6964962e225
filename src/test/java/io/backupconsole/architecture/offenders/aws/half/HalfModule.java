package io.backupconsole.architecture.offenders.aws.half;

import io.backupconsole.aws.AdapterKey;
import io.backupconsole.aws.JobPoller;
import io.backupconsole.aws.ServiceAdapter;
import io.backupconsole.aws.ServiceCli;
import io.backupconsole.aws.ServiceClients;
import io.backupconsole.aws.ServiceModule;
import io.backupconsole.aws.ServiceNouns;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.Resource;
import java.time.Instant;
import java.util.List;

/**
 * What {@code ServiceModuleRulesTest}'s completeness rule exists to stop: a module in its {@code aws/half/} folder
 * with no window part in {@code ui/half/} and no simulator in {@code sandbox/half/}. Never registered.
 */
public final class HalfModule implements ServiceModule<ServiceAdapter> {
    @Override
    public AwsService service() {
        return new AwsService("half", "Half a Service");
    }

    @Override
    public AdapterKey<ServiceAdapter> adapterKey() {
        return new AdapterKey<>(service(), ServiceAdapter.class);
    }

    @Override
    public ServiceAdapter adapter(ServiceClients clients) {
        throw new UnsupportedOperationException();
    }

    @Override
    public JobPoller poller(ServiceAdapter adapter) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String endpointName() {
        return "HALF";
    }

    @Override
    public ServiceNouns nouns() {
        return new ServiceNouns("Halves", "half", "halves", "backup");
    }

    @Override
    public Eligibility planEligibility(Resource resource) {
        return Eligibility.refused("no");
    }

    @Override
    public List<BackupSummary> runningBackups(ServiceAdapter adapter, Instant now) {
        return List.of();
    }

    @Override
    public ServiceCli<ServiceAdapter> cli() {
        throw new UnsupportedOperationException();
    }
}
