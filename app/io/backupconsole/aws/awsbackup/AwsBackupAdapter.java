package io.backupconsole.aws.awsbackup;

import io.backupconsole.aws.AuxiliaryCall;
import io.backupconsole.aws.AwsErrors;
import io.backupconsole.aws.BackupStarter;
import io.backupconsole.aws.ServiceAdapter;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.ResourceListing;
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.domain.awsbackup.BackupJobRequest;
import io.backupconsole.domain.awsbackup.BackupJobStatus;
import io.backupconsole.domain.awsbackup.BackupVault;
import io.backupconsole.domain.rules.AwsBackupRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.AlreadyExistsException;
import software.amazon.awssdk.services.backup.model.BackupJob;
import software.amazon.awssdk.services.backup.model.BackupJobState;
import software.amazon.awssdk.services.backup.model.InvalidParameterValueException;
import software.amazon.awssdk.services.backup.model.InvalidRequestException;
import software.amazon.awssdk.services.backup.model.LimitExceededException;
import software.amazon.awssdk.services.backup.model.MissingParameterValueException;
import software.amazon.awssdk.services.backup.model.ResourceNotFoundException;

/**
 * AWS Backup for the console: protected resources with their eligibility, recovery points, vaults, and on-demand
 * backup jobs. Blocking network calls: use from a background thread. Thread-safe (the SDK client is). Failures
 * arrive as {@link ServiceFailure}, with the member AWS Backup named (its {@code Context}) as the field.
 */
public final class AwsBackupAdapter implements ServiceAdapter, BackupStarter {
    /** States in which a job still occupies its resource (one job per resource at a time). */
    private static final List<BackupJobState> ACTIVE =
            List.of(BackupJobState.CREATED, BackupJobState.PENDING, BackupJobState.RUNNING, BackupJobState.ABORTING);

    private final BackupClient client;

    public AwsBackupAdapter(BackupClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public AwsService service() {
        return AwsService.BACKUP;
    }

    /** Resources AWS Backup has protected, with whether a new backup may start and why not (all pages). */
    @Override
    public List<Resource> listResources() {
        return listing().resources();
    }

    /**
     * Resources AWS Backup has protected. The supported types, the region's opt-in and the running jobs are helper
     * calls that only decide "Back up…": when one fails, or its answer leaves a resource out, that check is left
     * to the service, with a notice.
     */
    @Override
    public ResourceListing listing() {
        return call(() -> {
            List<String> notices = new ArrayList<>();
            ResourceFacts facts = new ResourceFacts(
                    AuxiliaryCall.orElse(
                            () -> Optional.of(Set.copyOf(
                                    client.getSupportedResourceTypes(r -> {}).resourceTypes())),
                            Optional.empty(),
                            "Supported resource types are not checked (GetSupportedResourceTypes failed)",
                            notices),
                    AuxiliaryCall.orElse(
                            () -> client.describeRegionSettings(r -> {}).resourceTypeOptInPreference(),
                            Map.of(),
                            "The region's service opt-in is not checked (DescribeRegionSettings failed)",
                            notices),
                    AuxiliaryCall.orElse(
                            this::busyResources,
                            Set.of(),
                            "Running jobs are not checked (ListBackupJobs failed)",
                            notices));
            List<Resource> resources = client.listProtectedResourcesPaginator(r -> {}).results().stream()
                    .map(resource -> AwsBackupMapper.resource(resource, facts.eligibility(resource)))
                    .toList();
            return new ResourceListing(resources, notices);
        });
    }

    /** The resources with a job that still occupies them (a job that does not name its resource is left out). */
    private Set<String> busyResources() {
        Set<String> busy = new HashSet<>();
        for (BackupJobState state : ACTIVE) {
            client.listBackupJobsPaginator(r -> r.byState(state)).backupJobs().stream()
                    .map(BackupJob::resourceArn)
                    .filter(Objects::nonNull)
                    .forEach(busy::add);
        }
        return busy;
    }

    /** The recovery points of one resource, newest first (all pages). */
    @Override
    public List<BackupSummary> listBackups(String resourceArn) {
        return call(() ->
                client.listRecoveryPointsByResourcePaginator(r -> r.resourceArn(resourceArn)).recoveryPoints().stream()
                        .map(point -> AwsBackupMapper.backup(resourceArn, point))
                        .sorted(Comparator.comparing(
                                BackupSummary::createdAt, Comparator.nullsLast(Comparator.reverseOrder())))
                        .toList());
    }

    /** The recovery points held in one vault, newest first (all pages). */
    public List<BackupSummary> listRecoveryPoints(String vaultName) {
        return call(() ->
                client
                        .listRecoveryPointsByBackupVaultPaginator(r -> r.backupVaultName(vaultName))
                        .recoveryPoints()
                        .stream()
                        .map(AwsBackupMapper::backup)
                        .sorted(Comparator.comparing(
                                BackupSummary::createdAt, Comparator.nullsLast(Comparator.reverseOrder())))
                        .toList());
    }

    /** Every vault in the region (all pages). */
    public List<BackupVault> listVaults() {
        return call(() -> client.listBackupVaultsPaginator(r -> {}).backupVaultList().stream()
                .map(AwsBackupMapper::vault)
                .toList());
    }

    /** Starts an on-demand backup and returns its job id; reuse the request's token when retrying a user action. */
    public String startBackupJob(BackupJobRequest request) {
        return call(
                () -> client.startBackupJob(AwsBackupMapper.request(request)).backupJobId());
    }

    /** Starts the job with the request's idempotency token, so sending it again returns the same job. */
    @Override
    public String start(BackupRequest request) {
        if (request.awsBackup() == null) {
            throw new IllegalArgumentException("An AWS Backup request needs its StartBackupJob parameters");
        }
        return startBackupJob(request.awsBackup());
    }

    @Override
    public boolean idempotent() {
        return true;
    }

    /** Nothing to look for: resending the request with its token is the lookup. */
    @Override
    public Optional<String> findStarted(BackupRequest request, Instant requestedAt) {
        return Optional.empty();
    }

    public BackupJobStatus describeJob(String jobId) {
        return call(() -> AwsBackupMapper.status(client.describeBackupJob(r -> r.backupJobId(jobId))));
    }

    /** Jobs created after {@code createdAfter} (AWS keeps 30 days), optionally in one state; newest first. */
    public List<BackupJobStatus> listJobs(Instant createdAfter, String state) {
        return call(() ->
                client
                        .listBackupJobsPaginator(
                                r -> r.byCreatedAfter(createdAfter).byState(state))
                        .backupJobs()
                        .stream()
                        .map(AwsBackupMapper::status)
                        .sorted(Comparator.comparing(
                                BackupJobStatus::createdAt, Comparator.nullsLast(Comparator.reverseOrder())))
                        .toList());
    }

    /** Asks AWS Backup to stop a job; see {@link AwsBackupRules#canStop} for the types that refuse. */
    public void stopJob(String jobId) {
        call(() -> client.stopBackupJob(r -> r.backupJobId(jobId)));
    }

    /** Backup plans and selections, on the same client. */
    public AwsBackupPlans plans() {
        return new AwsBackupPlans(client);
    }

    private static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (SdkException e) {
            throw failure(e);
        }
    }

    /** {@link AwsErrors#translate} plus AWS Backup's {@code Context} member as the field; a reused token is a conflict. */
    static ServiceFailure failure(SdkException exception) {
        ServiceFailure translated = AwsErrors.translate(exception);
        String field = switch (exception) {
            case InvalidParameterValueException e -> e.context();
            case MissingParameterValueException e -> e.context();
            case InvalidRequestException e -> e.context();
            case ResourceNotFoundException e -> e.context();
            case LimitExceededException e -> e.context();
            case AlreadyExistsException e -> e.context();
            default -> null;
        };
        ServiceFailure.Kind kind = exception instanceof InvalidRequestException && "IdempotencyToken".equals(field)
                ? ServiceFailure.Kind.CONFLICT
                : translated.kind();
        ServiceFailure placed = field == null ? translated : translated.withField(field);
        return kind == translated.kind() ? placed : placed.withKind(kind);
    }
}
