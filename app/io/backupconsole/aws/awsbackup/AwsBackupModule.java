package io.backupconsole.aws.awsbackup;

import io.backupconsole.aws.AdapterKey;
import io.backupconsole.aws.CancelsBackups;
import io.backupconsole.aws.DeclaredModule;
import io.backupconsole.aws.ServiceNouns;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupOrigin;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.awsbackup.BackupJobStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.backup.BackupClient;

/** AWS Backup: protected resources, on-demand backup jobs into a vault, recovery points and backup plans. */
public final class AwsBackupModule extends DeclaredModule<AwsBackupAdapter> {
    public static final AdapterKey<AwsBackupAdapter> ADAPTER =
            new AdapterKey<>(AwsService.BACKUP, AwsBackupAdapter.class);

    /** Jobs older than this are not looked at: a job running for a week is beyond what the overview is for. */
    static final Duration JOB_LOOKBACK = Duration.ofDays(7);

    private static final ServiceNouns NOUNS =
            new ServiceNouns("AWS Backup", "protected resource", "protected resources", "backup");

    public AwsBackupModule() {
        super(
                ADAPTER,
                "BACKUP",
                NOUNS,
                clients -> new AwsBackupAdapter(clients.build(BackupClient.builder(), AwsService.BACKUP)),
                AwsBackupJobPoller::new,
                AwsBackupCli::new);
    }

    /** Every protected resource is, by definition, one AWS Backup can put in a plan. */
    @Override
    public Eligibility planEligibility(Resource resource) {
        return Eligibility.ALLOWED;
    }

    /** Protected resources are listed by their ARN. */
    @Override
    public Optional<String> planArn(Resource resource) {
        return Optional.of(resource.id());
    }

    /** The unfinished backup jobs of the last {@link #JOB_LOOKBACK}, one row each. */
    @Override
    public List<BackupSummary> runningBackups(AwsBackupAdapter adapter, Instant now) {
        return adapter.listJobs(now.minus(JOB_LOOKBACK), null).stream()
                // A job whose state the answer left out is not claimed to be running.
                .filter(job -> !job.state().isEmpty() && !job.finished())
                .map(AwsBackupModule::running)
                .toList();
    }

    private static BackupSummary running(BackupJobStatus job) {
        return new BackupSummary(
                AwsService.BACKUP,
                job.jobId(),
                job.resourceArn(),
                job.jobId(),
                BackupOrigin.AWS_BACKUP,
                job.state(),
                job.createdAt(),
                null,
                job.percentDone() == null ? null : (int) Math.round(job.percentDone()),
                job.message());
    }

    @Override
    public Optional<CancelsBackups<AwsBackupAdapter>> cancelling() {
        return Optional.of(new AwsBackupJobStopping());
    }
}
