package io.backupconsole.aws.fsx;

import io.backupconsole.aws.AdapterKey;
import io.backupconsole.aws.DeclaredModule;
import io.backupconsole.aws.DeletesBackups;
import io.backupconsole.aws.ServiceNouns;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.Resource;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.fsx.FSxClient;

/** Amazon FSx: file systems and ONTAP/OpenZFS volumes, backed up with CreateBackup. */
public final class FsxModule extends DeclaredModule<FsxAdapter> {
    public static final AdapterKey<FsxAdapter> ADAPTER = new AdapterKey<>(AwsService.FSX, FsxAdapter.class);

    private static final ServiceNouns NOUNS =
            new ServiceNouns("FSx file systems", "file system or volume", "file systems and volumes", "backup");

    /** The backup lifecycles that are still under way. */
    private static final Set<String> RUNNING = Set.of("CREATING", "TRANSFERRING", "PENDING", "COPYING");

    public FsxModule() {
        super(
                ADAPTER,
                "FSX",
                NOUNS,
                clients -> new FsxAdapter(clients.build(FSxClient.builder(), AwsService.FSX)),
                FsxJobPoller::new,
                FsxCli::new);
    }

    /** FSx file systems (and ONTAP volumes) are AWS Backup resources, named by the ARN FSx reports. */
    @Override
    public Eligibility planEligibility(Resource resource) {
        return planArn(resource).isPresent()
                ? Eligibility.ALLOWED
                : Eligibility.refused("FSx did not report this resource's ARN");
    }

    @Override
    public Optional<String> planArn(Resource resource) {
        return resource.attribute("ARN");
    }

    @Override
    public String suggestedPlanName() {
        return "backup-console-fsx";
    }

    @Override
    public List<BackupSummary> runningBackups(FsxAdapter adapter, Instant now) {
        return adapter.listAllBackups().stream()
                .filter(backup -> RUNNING.contains(backup.status()))
                .toList();
    }

    @Override
    public Optional<DeletesBackups> deleting(FsxAdapter adapter) {
        return Optional.of(adapter);
    }
}
