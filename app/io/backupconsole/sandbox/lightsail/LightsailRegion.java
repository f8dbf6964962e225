package io.backupconsole.sandbox.lightsail;

import io.backupconsole.domain.rules.LightsailRules;
import io.backupconsole.sandbox.lightsail.LightsailRecords.Database;
import io.backupconsole.sandbox.lightsail.LightsailRecords.OperationRecord;
import io.backupconsole.sandbox.lightsail.LightsailRecords.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lightsail's state in one region: databases, snapshots and the operation history (oldest first). Not
 * thread-safe: only touched by handlers, which the dispatcher runs while holding the simulator's lock.
 */
final class LightsailRegion {
    private final String regionName;
    private final Map<String, Database> databases = new LinkedHashMap<>();
    private final Map<String, Snapshot> snapshots = new LinkedHashMap<>();
    private final List<OperationRecord> operations = new ArrayList<>();

    LightsailRegion(String regionName) {
        this.regionName = regionName;
    }

    String regionName() {
        return regionName;
    }

    void add(Database database) {
        databases.put(database.name(), database);
    }

    void add(Snapshot snapshot) {
        snapshots.put(snapshot.name(), snapshot);
    }

    void add(OperationRecord operation) {
        operations.add(operation);
    }

    void removeSnapshot(String name) {
        snapshots.remove(name);
    }

    Optional<Database> database(String name) {
        return Optional.ofNullable(databases.get(name));
    }

    Optional<Snapshot> snapshot(String name) {
        return Optional.ofNullable(snapshots.get(name));
    }

    Optional<OperationRecord> operation(String id) {
        return operations.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    List<Database> databases() {
        return List.copyOf(databases.values());
    }

    /** Snapshots in creation order. */
    List<Snapshot> snapshots() {
        return List.copyOf(snapshots.values());
    }

    /** Operations oldest to newest, as GetOperations documents. */
    List<OperationRecord> operations() {
        return List.copyOf(operations);
    }

    /** The visible state: {@code backing-up} while a snapshot of an otherwise available database runs. */
    String stateOf(Database database, Instant now) {
        if (database.baseState().equals(LightsailRules.AVAILABLE)
                && runningSnapshotOf(database.name(), now).isPresent()) {
            return LightsailRules.BACKING_UP;
        }
        return database.baseState();
    }

    Optional<Snapshot> runningSnapshotOf(String databaseName, Instant now) {
        return snapshots.values().stream()
                .filter(s ->
                        s.fromDatabaseName().equals(databaseName) && !s.run().finished(now))
                .findFirst();
    }
}
