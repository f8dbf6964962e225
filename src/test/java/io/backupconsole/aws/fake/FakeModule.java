package io.backupconsole.aws.fake;

import io.backupconsole.aws.AdapterKey;
import io.backupconsole.aws.JobPoller;
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
import software.amazon.awssdk.services.fsx.FSxClient;

/**
 * A fifth service that exists only in the test tree, to show that a service is one module plus one registry line:
 * archives backed up as snapshots. Its client is FSx's generated one readdressed to the fake's own target
 * ({@link FakeWire}), built through the connection's client factory like every other module's.
 */
public final class FakeModule implements ServiceModule<FakeAdapter> {
    public static final AwsService SERVICE = new AwsService("fake", "Fake Archive");
    public static final AdapterKey<FakeAdapter> ADAPTER = new AdapterKey<>(SERVICE, FakeAdapter.class);

    private static final ServiceNouns NOUNS = new ServiceNouns("Fake archives", "archive", "archives", "snapshot");

    @Override
    public AwsService service() {
        return SERVICE;
    }

    @Override
    public AdapterKey<FakeAdapter> adapterKey() {
        return ADAPTER;
    }

    @Override
    public FakeAdapter adapter(ServiceClients clients) {
        return new FakeAdapter(clients.build(FSxClient.builder().addPlugin(new FakeWire()), SERVICE));
    }

    @Override
    public JobPoller poller(FakeAdapter adapter) {
        return new FakeJobPoller(adapter);
    }

    @Override
    public String endpointName() {
        return "FAKE";
    }

    @Override
    public ServiceNouns nouns() {
        return NOUNS;
    }

    @Override
    public Eligibility planEligibility(Resource resource) {
        return Eligibility.refused("Fake archives are not AWS Backup resources");
    }

    @Override
    public List<BackupSummary> runningBackups(FakeAdapter adapter, Instant now) {
        return adapter.listAllBackups().stream()
                .filter(snapshot -> snapshot.status().equals("CREATING"))
                .toList();
    }

    @Override
    public ServiceCli<FakeAdapter> cli() {
        return new FakeCli();
    }
}
