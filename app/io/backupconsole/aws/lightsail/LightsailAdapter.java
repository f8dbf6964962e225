package io.backupconsole.aws.lightsail;

import io.backupconsole.aws.AwsErrors;
import io.backupconsole.aws.BackupStarter;
import io.backupconsole.aws.DeletesBackups;
import io.backupconsole.aws.ServiceAdapter;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.CreateRelationalDatabaseSnapshotResponse;
import software.amazon.awssdk.services.lightsail.model.DeleteRelationalDatabaseSnapshotResponse;
import software.amazon.awssdk.services.lightsail.model.GetOperationsResponse;
import software.amazon.awssdk.services.lightsail.model.GetRelationalDatabaseSnapshotsResponse;
import software.amazon.awssdk.services.lightsail.model.GetRelationalDatabasesResponse;
import software.amazon.awssdk.services.lightsail.model.NotFoundException;
import software.amazon.awssdk.services.lightsail.model.Operation;
import software.amazon.awssdk.services.lightsail.model.RelationalDatabaseSnapshot;

/**
 * Amazon Lightsail relational databases and their manual snapshots. Every call blocks on the network: call from a
 * background thread. Thread-safe (the SDK client is). Failures arrive as {@link io.backupconsole.domain.ServiceFailure}.
 *
 * <p>The Lightsail SDK has no paginators, so the list calls loop on {@code pageToken} / {@code nextPageToken}.
 * CreateRelationalDatabaseSnapshot has no idempotency token: a retried create whose first answer was lost is
 * refused because the name is taken, so callers should check {@link #snapshotNameExists(String)} before
 * reporting such a failure.
 */
public final class LightsailAdapter implements ServiceAdapter, DeletesBackups, BackupStarter {
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final LightsailClient client;

    public LightsailAdapter(LightsailClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public AwsService service() {
        return AwsService.LIGHTSAIL;
    }

    @Override
    public List<Resource> listResources() {
        return call(() -> {
            List<Resource> resources = new ArrayList<>();
            String token = null;
            do {
                String pageToken = token;
                GetRelationalDatabasesResponse page = client.getRelationalDatabases(r -> r.pageToken(pageToken));
                page.relationalDatabases().forEach(db -> resources.add(LightsailMapper.toResource(db)));
                token = page.nextPageToken();
            } while (token != null && !token.isEmpty());
            return resources;
        });
    }

    /** Every snapshot of the region (all pages), for pollers: one listing however many snapshots are watched. */
    public List<BackupSummary> listSnapshots() {
        return call(() -> {
            List<BackupSummary> snapshots = new ArrayList<>();
            String token = null;
            do {
                String pageToken = token;
                GetRelationalDatabaseSnapshotsResponse page =
                        client.getRelationalDatabaseSnapshots(r -> r.pageToken(pageToken));
                page.relationalDatabaseSnapshots().forEach(s -> snapshots.add(LightsailMapper.toBackup(s)));
                token = page.nextPageToken();
            } while (token != null && !token.isEmpty());
            return snapshots;
        });
    }

    /** The snapshots of database {@code databaseName}, newest first (all pages of GetRelationalDatabaseSnapshots). */
    @Override
    public List<BackupSummary> listBackups(String databaseName) {
        return call(() -> {
            List<RelationalDatabaseSnapshot> snapshots = new ArrayList<>();
            String token = null;
            do {
                String pageToken = token;
                GetRelationalDatabaseSnapshotsResponse page =
                        client.getRelationalDatabaseSnapshots(r -> r.pageToken(pageToken));
                page.relationalDatabaseSnapshots().stream()
                        .filter(s -> databaseName.equals(s.fromRelationalDatabaseName()))
                        .forEach(snapshots::add);
                token = page.nextPageToken();
            } while (token != null && !token.isEmpty());
            return snapshots.stream()
                    .sorted(Comparator.comparing(
                            RelationalDatabaseSnapshot::createdAt, Comparator.nullsLast(Comparator.reverseOrder())))
                    .map(LightsailMapper::toBackup)
                    .toList();
        });
    }

    /** Starts a snapshot of {@code databaseName}; poll the returned operation id until it is terminal. */
    public SnapshotStarted createSnapshot(String databaseName, String snapshotName, List<Tag> tags) {
        return call(() -> {
            CreateRelationalDatabaseSnapshotResponse response =
                    client.createRelationalDatabaseSnapshot(r -> r.relationalDatabaseName(databaseName)
                            .relationalDatabaseSnapshotName(snapshotName)
                            .tags(LightsailMapper.toSdkTags(tags)));
            Operation operation = response.operations().isEmpty()
                    ? null
                    : response.operations().getFirst();
            Instant createdAt = operation == null ? null : operation.createdAt();
            return new SnapshotStarted(
                    LightsailMapper.toStartedSnapshot(databaseName, snapshotName, createdAt),
                    operation == null ? "" : operation.id());
        });
    }

    /** Starts the snapshot; its name identifies it from then on (names are unique in a region). */
    @Override
    public String start(BackupRequest request) {
        createSnapshot(request.resourceId(), request.name(), request.tags());
        return request.name();
    }

    /** No token: a retry after a lost answer fails on the taken name, so look first. */
    @Override
    public boolean idempotent() {
        return false;
    }

    /** The snapshot of the request's name, if it exists, is of the request's database and was made since. */
    @Override
    public Optional<String> findStarted(BackupRequest request, Instant requestedAt) {
        Instant since = requestedAt.minus(CLOCK_SKEW);
        return call(() -> {
            try {
                RelationalDatabaseSnapshot snapshot = client.getRelationalDatabaseSnapshot(
                                r -> r.relationalDatabaseSnapshotName(request.name()))
                        .relationalDatabaseSnapshot();
                // Names are unique per region and this one was checked free before sending: a snapshot that does
                // not say its database or its time is taken to be the one this request made.
                boolean ours = (snapshot.fromRelationalDatabaseName() == null
                                || request.resourceId().equals(snapshot.fromRelationalDatabaseName()))
                        && (snapshot.createdAt() == null
                                || !snapshot.createdAt().isBefore(since));
                return ours ? Optional.of(request.name()) : Optional.<String>empty();
            } catch (NotFoundException e) {
                return Optional.<String>empty();
            }
        });
    }

    public LightsailOperationStatus getOperation(String operationId) {
        return call(() -> LightsailMapper.toStatus(
                client.getOperation(r -> r.operationId(operationId)).operation()));
    }

    /** Every operation of the region, oldest to newest (all pages). */
    public List<LightsailOperationStatus> getOperations() {
        return call(() -> {
            List<LightsailOperationStatus> operations = new ArrayList<>();
            String token = null;
            do {
                String pageToken = token;
                GetOperationsResponse page = client.getOperations(r -> r.pageToken(pageToken));
                page.operations().forEach(op -> operations.add(LightsailMapper.toStatus(op)));
                token = page.nextPageToken();
            } while (token != null && !token.isEmpty());
            return operations;
        });
    }

    /**
     * Whether a snapshot of this name exists in the region (snapshot names are unique per region). Check the name
     * with {@code LightsailRules.checkResourceName} first: an invalid name fails with INVALID_INPUT, not false.
     */
    public boolean snapshotNameExists(String snapshotName) {
        return call(() -> {
            try {
                client.getRelationalDatabaseSnapshot(r -> r.relationalDatabaseSnapshotName(snapshotName));
                return true;
            } catch (NotFoundException e) {
                return false;
            }
        });
    }

    /** Deletes a snapshot (not while it is pending); returns the DeleteRelationalDatabaseSnapshot operation. */
    public LightsailOperationStatus deleteSnapshot(String snapshotName) {
        return call(() -> {
            DeleteRelationalDatabaseSnapshotResponse response =
                    client.deleteRelationalDatabaseSnapshot(r -> r.relationalDatabaseSnapshotName(snapshotName));
            return response.operations().isEmpty()
                    ? LightsailMapper.unreported(snapshotName)
                    : LightsailMapper.toStatus(response.operations().getFirst());
        });
    }

    private static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (SdkException e) {
            throw AwsErrors.translate(e);
        }
    }

    @Override
    public void deleteBackup(BackupSummary backup) {
        deleteSnapshot(backup.id());
    }
}
