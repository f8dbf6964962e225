package io.backupconsole.aws.fsx;

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
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.domain.rules.FsxRules;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.domain.rules.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.fsx.FSxClient;
import software.amazon.awssdk.services.fsx.model.CreateBackupRequest;
import software.amazon.awssdk.services.fsx.model.DescribeBackupsRequest;
import software.amazon.awssdk.services.fsx.model.DescribeVolumesRequest;
import software.amazon.awssdk.services.fsx.model.FileSystem;
import software.amazon.awssdk.services.fsx.model.Filter;
import software.amazon.awssdk.services.fsx.model.FilterName;
import software.amazon.awssdk.services.fsx.model.IncompatibleParameterErrorException;
import software.amazon.awssdk.services.fsx.model.Volume;

/**
 * Amazon FSx in domain terms: file systems and their ONTAP/OpenZFS volumes as resources, FSx backups as backup
 * summaries. Calls block on the network (never on the FX thread); the SDK client is thread-safe, so is this.
 * Failures arrive as {@link ServiceFailure}.
 */
public final class FsxAdapter implements ServiceAdapter, DeletesBackups, BackupStarter {
    /** Model: {@code BackupIds} has max 50. */
    static final int BACKUP_IDS_PER_CALL = 50;

    private final FSxClient client;

    public FsxAdapter(FSxClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public AwsService service() {
        return AwsService.FSX;
    }

    /** Every file system, each followed by its volumes (volumes carry the file system as parentId). */
    @Override
    public List<Resource> listResources() {
        return listing().resources();
    }

    /**
     * Every file system, each followed by its volumes. Volumes are a helper listing: when DescribeVolumes fails the
     * file systems are still listed (and can be backed up), with a notice. A volume whose answer leaves out its file
     * system is listed on its own after the file systems.
     */
    @Override
    public ResourceListing listing() {
        try {
            // DescribeFileSystemsIterable has no flattened accessor: walk the pages.
            List<FileSystem> fileSystems = client.describeFileSystemsPaginator(b -> {}).stream()
                    .flatMap(page -> page.fileSystems().stream())
                    .toList();
            List<String> notices = new ArrayList<>();
            List<Volume> volumes = AuxiliaryCall.orElse(
                    () -> client
                            .describeVolumesPaginator(
                                    DescribeVolumesRequest.builder().build())
                            .volumes()
                            .stream()
                            .toList(),
                    List.of(),
                    "FSx volumes are not listed (DescribeVolumes failed); file systems are shown without them",
                    notices);
            // groupingBy refuses a null key: FileSystemId is not a required member of Volume.
            Map<String, List<Volume>> volumesByFileSystem = volumes.stream()
                    .filter(volume -> volume.fileSystemId() != null)
                    .collect(Collectors.groupingBy(Volume::fileSystemId));
            List<Resource> resources = new ArrayList<>();
            for (FileSystem fs : fileSystems) {
                Resource fileSystem = FsxMapper.fileSystem(fs);
                resources.add(fileSystem);
                String fileSystemName = fileSystem.name().equals(fileSystem.id()) ? "" : fileSystem.name();
                volumesByFileSystem.getOrDefault(fs.fileSystemId(), List.of()).stream()
                        .map(volume -> FsxMapper.volume(volume, fileSystemName))
                        .forEach(resources::add);
            }
            volumes.stream()
                    .filter(volume -> volume.fileSystemId() == null)
                    .map(volume -> FsxMapper.volume(volume, ""))
                    .forEach(resources::add);
            return new ResourceListing(resources, notices);
        } catch (SdkException e) {
            throw AwsErrors.translate(e);
        }
    }

    /**
     * A resource's capacity in bytes, for a size column: file system storage capacity, ONTAP volume size or OpenZFS
     * volume quota; null when FSx reports none. Reads only the resource's attributes, so it is pure and thread-safe.
     */
    public static Long capacityBytes(Resource resource) {
        return FsxMapper.capacityBytes(resource);
    }

    /** Backups of a file system ({@code fs-…}: includes its volumes' backups) or of one volume ({@code fsvol-…}). */
    @Override
    public List<BackupSummary> listBackups(String resourceId) {
        FilterName filter = resourceId.startsWith("fsvol-") ? FilterName.VOLUME_ID : FilterName.FILE_SYSTEM_ID;
        DescribeBackupsRequest request = DescribeBackupsRequest.builder()
                .filters(Filter.builder().name(filter).values(resourceId).build())
                .build();
        try {
            return client.describeBackupsPaginator(request).stream()
                    .flatMap(page -> page.backups().stream())
                    .map(FsxMapper::backup)
                    .sorted(Comparator.comparing(
                            BackupSummary::createdAt, Comparator.nullsLast(Comparator.reverseOrder())))
                    .toList();
        } catch (SdkException e) {
            throw AwsErrors.translate(e);
        }
    }

    /**
     * Starts a user-initiated backup of a file system or ONTAP volume. The caller supplies the client request token
     * once per user action and reuses it on retries, so a retry after a lost answer returns the same backup instead
     * of creating a second one.
     *
     * @param resourceId         {@code fs-…} (Windows, Lustre, OpenZFS) or {@code fsvol-…} (ONTAP)
     * @param name               the backup name (stored as the Name tag), or empty
     * @param tags               further tags
     * @param clientRequestToken idempotency token, 1–63 of letters, digits, {@code _ . -}
     */
    public BackupSummary createBackup(String resourceId, String name, List<Tag> tags, String clientRequestToken) {
        List<Violation> problems = FsxRules.checkCreateBackup(resourceId, name, tags, clientRequestToken);
        if (!problems.isEmpty()) {
            Violation first = problems.get(0);
            throw new ServiceFailure(ServiceFailure.Kind.INVALID_INPUT, "", first.message(), first.field(), null);
        }
        CreateBackupRequest.Builder request = CreateBackupRequest.builder()
                .clientRequestToken(clientRequestToken)
                .tags(FsxMapper.sdkTags(FsxRules.backupTags(name, tags)));
        if (resourceId.startsWith("fsvol-")) {
            request.volumeId(resourceId);
        } else {
            request.fileSystemId(resourceId);
        }
        return call(() -> FsxMapper.backup(client.createBackup(request.build()).backup()));
    }

    /** Sends CreateBackup with the request's token, so sending it again returns the same backup. */
    @Override
    public String start(BackupRequest request) {
        return createBackup(request.resourceId(), request.name(), request.tags(), request.idempotencyToken())
                .id();
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

    /** Every backup of the region (all pages), for the all-accounts overview's running backups: one listing. */
    public List<BackupSummary> listAllBackups() {
        return call(() -> client
                .describeBackupsPaginator(DescribeBackupsRequest.builder().build())
                .stream()
                .flatMap(page -> page.backups().stream())
                .map(FsxMapper::backup)
                .toList());
    }

    /**
     * The current state of the given backups, for pollers (asked in batches of at most 50). One unknown id fails the
     * whole batch with a NOT_FOUND failure whose code is {@code BackupNotFound}: split the batch to find it.
     */
    public List<BackupSummary> describeBackups(List<String> backupIds) {
        List<BackupSummary> result = new ArrayList<>();
        for (int from = 0; from < backupIds.size(); from += BACKUP_IDS_PER_CALL) {
            List<String> batch = backupIds.subList(from, Math.min(backupIds.size(), from + BACKUP_IDS_PER_CALL));
            DescribeBackupsRequest request =
                    DescribeBackupsRequest.builder().backupIds(batch).build();
            result.addAll(call(() -> client.describeBackupsPaginator(request).stream()
                    .flatMap(page -> page.backups().stream())
                    .map(FsxMapper::backup)
                    .toList()));
        }
        return List.copyOf(result);
    }

    /** Deletes a backup; returns the lifecycle FSx reports ({@code DELETED}). AWS Backup's backups are refused. */
    public String deleteBackup(String backupId) {
        List<Violation> problems = FsxRules.checkBackupId(backupId, "BackupId");
        if (!problems.isEmpty()) {
            throw new ServiceFailure(
                    ServiceFailure.Kind.INVALID_INPUT, "", problems.get(0).message(), "BackupId", null);
        }
        return call(() -> client.deleteBackup(b -> b.backupId(backupId)).lifecycleAsString());
    }

    private static <T> T call(Supplier<T> sdkCall) {
        try {
            return sdkCall.get();
        } catch (IncompatibleParameterErrorException e) {
            // Keeps the member FSx names, so the dialog can say which parameter changed under the same token.
            throw AwsErrors.translate(e).withField(e.parameter());
        } catch (SdkException e) {
            throw AwsErrors.translate(e);
        }
    }

    @Override
    public void deleteBackup(BackupSummary backup) {
        deleteBackup(backup.id());
    }
}
