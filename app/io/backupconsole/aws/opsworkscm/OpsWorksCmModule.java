package io.backupconsole.aws.opsworkscm;

import io.backupconsole.aws.AdapterKey;
import io.backupconsole.aws.JobPoller;
import io.backupconsole.aws.ServiceClients;
import io.backupconsole.aws.ServiceModule;
import io.backupconsole.domain.AwsService;
import software.amazon.awssdk.services.opsworkscm.OpsWorksCmClient;

/** AWS OpsWorks CM (retired at AWS in 2024, simulated by the sandbox): Chef and Puppet servers and their backups. */
public final class OpsWorksCmModule implements ServiceModule<OpsWorksCmAdapter> {
    public static final AdapterKey<OpsWorksCmAdapter> ADAPTER =
            new AdapterKey<>(AwsService.OPSWORKS_CM, OpsWorksCmAdapter.class);

    @Override
    public AwsService service() {
        return AwsService.OPSWORKS_CM;
    }

    @Override
    public AdapterKey<OpsWorksCmAdapter> adapterKey() {
        return ADAPTER;
    }

    /** CreateBackup has no idempotency token: it gets a client of its own that retries throttled calls only. */
    @Override
    public OpsWorksCmAdapter adapter(ServiceClients clients) {
        return new OpsWorksCmAdapter(
                clients.build(OpsWorksCmClient.builder(), service()),
                clients.buildRetryingThrottlesOnly(OpsWorksCmClient.builder(), service()));
    }

    @Override
    public JobPoller poller(OpsWorksCmAdapter adapter) {
        return new OpsWorksCmJobPoller(adapter);
    }

    @Override
    public String endpointName() {
        return "OPSWORKSCM";
    }
}
