package io.backupconsole.aws.opsworkscm;

import io.backupconsole.aws.AuxiliaryCall;
import io.backupconsole.aws.AwsErrors;
import io.backupconsole.aws.BackupStarter;
import io.backupconsole.aws.DeletesBackups;
import io.backupconsole.aws.ServiceAdapter;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.ResourceListing;
import io.backupconsole.domain.rules.OpsWorksCmRules;
import io.backupconsole.domain.rules.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.opsworkscm.OpsWorksCmClient;
import software.amazon.awssdk.services.opsworkscm.model.Backup;
import software.amazon.awssdk.services.opsworkscm.model.CreateBackupRequest;
import software.amazon.awssdk.services.opsworkscm.model.DeleteBackupRequest;
import software.amazon.awssdk.services.opsworkscm.model.DescribeBackupsRequest;
import software.amazon.awssdk.services.opsworkscm.model.DescribeServersRequest;
import software.amazon.awssdk.services.opsworkscm.model.Server;

/**
 * OpsWorks CM servers and backups in domain terms. The OpsWorks CM client is the last release (2.32.29) running on a
 * newer SDK core, an unsupported mix, so everything that touches it stays in this package and is covered by
 * {@code OpsWorksCmAdapterTest}. Blocking network calls: use from a background thread. Thread-safe (the SDK client
 * is). Failures arrive as {@link io.backupconsole.domain.ServiceFailure}.
 */
public final class OpsWorksCmAdapter implements ServiceAdapter, DeletesBackups, BackupStarter {
    private static final Comparator<BackupSummary> NEWEST_FIRST = Comparator.comparing(
                    BackupSummary::createdAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .reversed();

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final OpsWorksCmClient client;
    private final OpsWorksCmClient createClient;

    /** One client for everything (its retries then apply to CreateBackup too: tests of reads only). */
    public OpsWorksCmAdapter(OpsWorksCmClient client) {
        this(client, client);
    }

    /**
     * @param client       for reads and deletes, with the SDK's usual retries
     * @param createClient for CreateBackup, retrying throttled calls only ({@code ServiceClients#buildRetryingThrottlesOnly})
     */
    public OpsWorksCmAdapter(OpsWorksCmClient client, OpsWorksCmClient createClient) {
        this.client = client;
        this.createClient = createClient;
    }

    @Override
    public AwsService service() {
        return AwsService.OPSWORKS_CM;
    }

    /** Every server, each with its eligibility (which needs the server's manual backup count). */
    @Override
    public List<Resource> listResources() {
        return listing().resources();
    }

    /**
     * Every server. The backups are a helper listing, for the manual-backup limit: when DescribeBackups fails, or
     * its answer does not say whose and which kind each backup is, the counts are unknown and the limit is left
     * to the service.
     */
    @Override
    public ResourceListing listing() {
        try {
            List<Server> servers =
                    client
                            .describeServersPaginator(
                                    DescribeServersRequest.builder().build())
                            .servers()
                            .stream()
                            .toList();
            List<String> notices = new ArrayList<>();
            Optional<List<Backup>> backups = AuxiliaryCall.orElse(
                    () -> Optional.of(allBackups(Optional.empty())),
                    Optional.empty(),
                    "Manual backups are not counted (DescribeBackups failed); the service enforces its limit of "
                            + OpsWorksCmRules.MAX_MANUAL_BACKUPS,
                    notices);
            Optional<Map<String, Long>> manualCounts = backups.filter(OpsWorksCmAdapter::countable)
                    .map(all -> all.stream()
                            .filter(OpsWorksCmMapper::countsAsManual)
                            .collect(Collectors.groupingBy(Backup::serverName, Collectors.counting())));
            List<Resource> resources = servers.stream()
                    .map(server -> OpsWorksCmMapper.toResource(
                            server,
                            manualCounts
                                    .map(counts -> counts.getOrDefault(server.serverName(), 0L)
                                            .intValue())
                                    .orElse(null)))
                    .toList();
            return new ResourceListing(resources, notices);
        } catch (SdkException e) {
            throw AwsErrors.translate(e);
        }
    }

    /** Whether every backup says whose and which kind it is (neither is a required member of Backup). */
    private static boolean countable(List<Backup> backups) {
        return backups.stream().allMatch(b -> b.serverName() != null && b.backupTypeAsString() != null);
    }

    /** The server's backups, newest first (asked by server, so each is the server's even when it does not say). */
    @Override
    public List<BackupSummary> listBackups(String serverName) {
        return describeBackups(Optional.of(serverName)).stream()
                .map(backup -> backup.resourceId() != null ? backup : OpsWorksCmMapper.ofServer(backup, serverName))
                .toList();
    }

    /** Backups of one server, or of every server when empty, newest first (for pollers). */
    public List<BackupSummary> describeBackups(Optional<String> serverName) {
        try {
            return allBackups(serverName).stream()
                    .map(OpsWorksCmMapper::toBackupSummary)
                    .sorted(NEWEST_FIRST)
                    .toList();
        } catch (SdkException e) {
            throw AwsErrors.translate(e);
        }
    }

    /**
     * Starts a manual backup. OpsWorks CM has no idempotency token: a retried call after a lost answer can start a
     * second backup or fail with InvalidStateException because the server is already BACKING_UP.
     *
     * @param description the user's description, or null / empty for none
     * @param tags        tags as typed (trimmed here, as the service would)
     */
    public BackupSummary createBackup(String serverName, String description, List<Tag> tags) {
        CreateBackupRequest.Builder request = CreateBackupRequest.builder().serverName(serverName);
        if (description != null && !description.isEmpty()) {
            request.description(description);
        }
        if (!tags.isEmpty()) {
            request.tags(OpsWorksCmMapper.toSdkTags(tags));
        }
        try {
            return OpsWorksCmMapper.toBackupSummary(
                    createClient.createBackup(request.build()).backup());
        } catch (SdkException e) {
            throw AwsErrors.translate(e);
        }
    }

    @Override
    public String start(BackupRequest request) {
        return createBackup(request.resourceId(), request.description(), request.tags())
                .id();
    }

    /** No token: a retry after a lost answer could start a second backup, so look first. */
    @Override
    public boolean idempotent() {
        return false;
    }

    /**
     * A manual backup of the server started since the request (a minute's allowance for clock skew) with the
     * request's description. Only one backup runs per server at a time, so there is at most one candidate.
     */
    @Override
    public Optional<String> findStarted(BackupRequest request, Instant requestedAt) {
        Instant since = requestedAt.minus(CLOCK_SKEW);
        String description = request.description();
        try {
            return allBackups(Optional.of(request.resourceId())).stream()
                    // A backup that does not say its kind may be the manual one this request made.
                    .filter(backup ->
                            backup.backupTypeAsString() == null || "MANUAL".equals(backup.backupTypeAsString()))
                    .filter(backup ->
                            backup.createdAt() != null && !backup.createdAt().isBefore(since))
                    .filter(backup -> description.isEmpty() || description.equals(backup.description()))
                    .map(Backup::backupId)
                    .findFirst();
        } catch (SdkException e) {
            throw AwsErrors.translate(e);
        }
    }

    /** Starts deleting a backup (manual or automated); it shows as DELETING until it is gone. */
    public void deleteBackup(String backupId) {
        try {
            client.deleteBackup(DeleteBackupRequest.builder().backupId(backupId).build());
        } catch (SdkException e) {
            throw AwsErrors.translate(e);
        }
    }

    private List<Backup> allBackups(Optional<String> serverName) {
        DescribeBackupsRequest.Builder request = DescribeBackupsRequest.builder();
        serverName.ifPresent(request::serverName);
        return client.describeBackupsPaginator(request.build()).backups().stream()
                .toList();
    }

    @Override
    public void deleteBackup(BackupSummary backup) {
        deleteBackup(backup.id());
    }
}
