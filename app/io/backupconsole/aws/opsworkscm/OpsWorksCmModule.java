package io.backupconsole.aws.opsworkscm;

import io.backupconsole.aws.AdapterKey;
import io.backupconsole.aws.Connection;
import io.backupconsole.aws.DeclaredModule;
import io.backupconsole.aws.DeletesBackups;
import io.backupconsole.aws.ServiceClients;
import io.backupconsole.aws.ServiceNouns;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.Resource;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.opsworkscm.OpsWorksCmClient;

/** AWS OpsWorks CM (retired at AWS in 2024, simulated by the sandbox): Chef and Puppet servers and their backups. */
public final class OpsWorksCmModule extends DeclaredModule<OpsWorksCmAdapter> {
    public static final AdapterKey<OpsWorksCmAdapter> ADAPTER =
            new AdapterKey<>(AwsService.OPSWORKS_CM, OpsWorksCmAdapter.class);

    private static final ServiceNouns NOUNS = new ServiceNouns("OpsWorks CM servers", "server", "servers", "backup");

    /** CreateBackup has no idempotency token: it gets a client of its own that retries throttled calls only. */
    private static OpsWorksCmAdapter newAdapter(ServiceClients clients) {
        return new OpsWorksCmAdapter(
                clients.build(OpsWorksCmClient.builder(), AwsService.OPSWORKS_CM),
                clients.buildRetryingThrottlesOnly(OpsWorksCmClient.builder(), AwsService.OPSWORKS_CM));
    }

    public OpsWorksCmModule() {
        super(ADAPTER, "OPSWORKSCM", NOUNS, OpsWorksCmModule::newAdapter, OpsWorksCmJobPoller::new, OpsWorksCmCli::new);
    }

    /** AWS retired the service: against real AWS every call fails, while the sandbox simulates it. */
    @Override
    public Optional<String> notice(Connection connection) {
        return Optional.of(
                connection.reachesAws(service())
                        ? "AWS retired OpsWorks CM in 2024: Puppet Enterprise ended on 31 March 2024 and Chef Automate"
                                + " on 5 May 2024. Calls to real AWS fail; the built-in sandbox still simulates the"
                                + " service."
                        : "Retired at AWS in 2024. The built-in sandbox simulates it fully.");
    }

    /** AWS Backup's supported-services table has no OpsWorks CM. */
    @Override
    public Eligibility planEligibility(Resource resource) {
        return Eligibility.refused("AWS Backup does not support OpsWorks CM servers: schedule "
                + "them with the server's own automated backups (its backup window and retention)");
    }

    @Override
    public List<BackupSummary> runningBackups(OpsWorksCmAdapter adapter, Instant now) {
        return adapter.describeBackups(Optional.empty()).stream()
                .filter(backup -> backup.status().equals("IN_PROGRESS"))
                .toList();
    }

    @Override
    public Optional<DeletesBackups> deleting(OpsWorksCmAdapter adapter) {
        return Optional.of(adapter);
    }
}
