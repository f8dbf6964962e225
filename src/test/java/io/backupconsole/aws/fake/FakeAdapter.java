package io.backupconsole.aws.fake;

import io.backupconsole.aws.AwsErrors;
import io.backupconsole.aws.BackupStarter;
import io.backupconsole.aws.ServiceAdapter;
import io.backupconsole.domain.Attribute;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupOrigin;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.Resource;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.fsx.FSxClient;
import software.amazon.awssdk.services.fsx.model.Backup;
import software.amazon.awssdk.services.fsx.model.FileSystem;
import software.amazon.awssdk.services.fsx.model.Tag;

/** The fake archive service in domain terms: archives as resources, snapshots as backups. Thread-safe. */
public final class FakeAdapter implements ServiceAdapter, BackupStarter {
    private final FSxClient client;

    FakeAdapter(FSxClient client) {
        this.client = client;
    }

    @Override
    public AwsService service() {
        return FakeModule.SERVICE;
    }

    /** Archives; only an AVAILABLE one can be snapshotted. */
    @Override
    public List<Resource> listResources() {
        return call(() -> client.describeFileSystems(b -> {}).fileSystems().stream()
                .map(FakeAdapter::archive)
                .toList());
    }

    @Override
    public List<BackupSummary> listBackups(String resourceId) {
        return call(() ->
                client
                        .describeBackups(
                                b -> b.filters(f -> f.name("file-system-id").values(resourceId)))
                        .backups()
                        .stream()
                        .map(FakeAdapter::snapshot)
                        .toList());
    }

    /** Every snapshot of the region (the overview's running backups). */
    List<BackupSummary> listAllBackups() {
        return call(() -> client.describeBackups(b -> {}).backups().stream()
                .map(FakeAdapter::snapshot)
                .toList());
    }

    /** The snapshots with these ids; unknown ids are left out. */
    List<BackupSummary> describeSnapshots(List<String> ids) {
        return call(() -> client.describeBackups(b -> b.backupIds(ids)).backups().stream()
                .map(FakeAdapter::snapshot)
                .toList());
    }

    @Override
    public String start(BackupRequest request) {
        List<Tag> tags = request.name().isBlank()
                ? List.of()
                : List.of(Tag.builder().key("Name").value(request.name()).build());
        return call(() -> client.createBackup(b -> b.fileSystemId(request.resourceId())
                        .clientRequestToken(request.idempotencyToken())
                        .tags(tags))
                .backup()
                .backupId());
    }

    /** The token makes a resend return the snapshot the first send made. */
    @Override
    public boolean idempotent() {
        return true;
    }

    @Override
    public Optional<String> findStarted(BackupRequest request, Instant requestedAt) {
        return Optional.empty();
    }

    private static Resource archive(FileSystem archive) {
        String state = archive.lifecycleAsString();
        Eligibility eligibility = "AVAILABLE".equals(state)
                ? Eligibility.ALLOWED
                : Eligibility.refused("The archive is " + state + "; wait until it is AVAILABLE.");
        return new Resource(
                FakeModule.SERVICE,
                archive.fileSystemId(),
                nameTag(archive.tags()),
                "Archive",
                state,
                archive.creationTime(),
                null,
                eligibility,
                List.of(new Attribute("Capacity (GiB)", String.valueOf(archive.storageCapacity()))));
    }

    private static BackupSummary snapshot(Backup backup) {
        return new BackupSummary(
                FakeModule.SERVICE,
                backup.backupId(),
                backup.fileSystem() == null ? "" : backup.fileSystem().fileSystemId(),
                nameTag(backup.tags()),
                BackupOrigin.MANUAL,
                backup.lifecycleAsString(),
                backup.creationTime(),
                null,
                backup.progressPercent(),
                backup.failureDetails() == null ? "" : backup.failureDetails().message());
    }

    private static String nameTag(List<Tag> tags) {
        return tags.stream()
                .filter(tag -> tag.key().equals("Name"))
                .map(Tag::value)
                .findFirst()
                .orElse("");
    }

    private static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw AwsErrors.translate(e);
        }
    }
}
