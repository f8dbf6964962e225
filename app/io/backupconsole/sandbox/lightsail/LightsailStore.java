package io.backupconsole.sandbox.lightsail;

import io.backupconsole.domain.rules.Tag;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.lightsail.LightsailRecords.Database;
import io.backupconsole.sandbox.lightsail.LightsailRecords.OperationRecord;
import io.backupconsole.sandbox.lightsail.LightsailRecords.Snapshot;
import io.backupconsole.sandbox.support.SimulatedRun;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Creates snapshots and operations in one region, the same way for the seed and for requests. Not thread-safe:
 * called under the simulator's lock (or while seeding, before the region is published).
 */
final class LightsailStore {
    /** Realistic reasons a snapshot run fails, picked at random for failing runs. */
    private static final List<String[]> FAILURES = List.of(
            new String[] {
                "InternalError",
                "The snapshot could not be completed because the database storage volume"
                        + " was not reachable. Try again later."
            },
            new String[] {
                "SnapshotFailed",
                "The database did not respond while the snapshot was being taken."
                        + " Check the database's health and try again."
            },
            new String[] {
                "InsufficientCapacity",
                "Lightsail could not allocate snapshot storage in this Region." + " Try again later."
            });

    private final SimulationContext context;
    private final LightsailRegion region;

    LightsailStore(SimulationContext context, LightsailRegion region) {
        this.context = context;
        this.region = region;
    }

    static String arn(String regionName, String resourceType, String uuid) {
        return "arn:aws:lightsail:" + regionName + ":" + SimulationContext.ACCOUNT_ID + ":" + resourceType + "/" + uuid;
    }

    /** Lightsail support codes look like {@code <account>/ls-<40 hex>}. */
    String supportCode() {
        return SimulationContext.ACCOUNT_ID + "/ls-" + context.hex(40);
    }

    /** Adds a snapshot of {@code database} following {@code run}, and its CreateRelationalDatabaseSnapshot operation. */
    OperationRecord startSnapshot(Database database, String snapshotName, List<Tag> tags, SimulatedRun run) {
        Snapshot snapshot = new Snapshot(
                snapshotName,
                arn(region.regionName(), "RelationalDatabaseSnapshot", context.uuid()),
                supportCode(),
                List.copyOf(tags),
                database.name(),
                database.arn(),
                database.engine(),
                database.hardware().diskSizeInGb(),
                run);
        region.add(snapshot);
        String[] failure =
                run.fails() ? FAILURES.get((int) context.nextLong(FAILURES.size())) : new String[] {null, null};
        OperationRecord operation = new OperationRecord(
                context.uuid(),
                snapshotName,
                "RelationalDatabaseSnapshot",
                "CreateRelationalDatabaseSnapshot",
                database.availabilityZone(),
                database.name(),
                run,
                failure[0],
                failure[1]);
        region.add(operation);
        return operation;
    }

    /**
     * Records a DeleteRelationalDatabaseSnapshot operation at {@code at}. Deletion is synchronous here, so the
     * operation's run is already over when it is recorded (status Succeeded).
     */
    OperationRecord deleteOperation(Database database, String snapshotName, Instant at) {
        SimulatedRun instant = new SimulatedRun(at.minusMillis(1), Duration.ofMillis(1), false);
        OperationRecord operation = new OperationRecord(
                context.uuid(),
                snapshotName,
                "RelationalDatabaseSnapshot",
                "DeleteRelationalDatabaseSnapshot",
                LightsailJson.ALL_ZONES,
                database == null ? "" : database.name(),
                instant,
                null,
                null);
        region.add(operation);
        return operation;
    }
}
