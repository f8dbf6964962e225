package io.backupconsole.sandbox.lightsail;

import io.backupconsole.domain.rules.Tag;
import io.backupconsole.sandbox.support.SimulatedRun;
import java.time.Instant;
import java.util.List;

/** The simulated Lightsail resources, immutable; the mutable collections live in {@link LightsailRegion}. */
final class LightsailRecords {
    private LightsailRecords() {}

    /** Engine, version, blueprint and bundle of a database: what a snapshot copies from it. */
    record Engine(String engine, String engineVersion, String blueprintId, String bundleId) {}

    /** Size of a database's bundle. */
    record Hardware(int cpuCount, int diskSizeInGb, double ramSizeInGb) {}

    /**
     * A relational database. {@code baseState} is its own lifecycle state; while one of its snapshots runs, the
     * visible state is {@code backing-up} instead (see {@link LightsailRegion#stateOf}).
     */
    record Database(
            String name,
            String arn,
            String supportCode,
            Instant createdAt,
            String availabilityZone,
            String secondaryAvailabilityZone,
            List<Tag> tags,
            Engine engine,
            Hardware hardware,
            String baseState,
            String masterDatabaseName,
            String masterUsername,
            boolean backupRetentionEnabled,
            String preferredBackupWindow,
            String preferredMaintenanceWindow,
            boolean publiclyAccessible,
            int port) {}

    /**
     * A manual database snapshot. Its visible state follows {@code run}: {@code pending} while it runs, then
     * {@code available} or {@code failed}.
     */
    record Snapshot(
            String name,
            String arn,
            String supportCode,
            List<Tag> tags,
            String fromDatabaseName,
            String fromDatabaseArn,
            Engine engine,
            int sizeInGb,
            SimulatedRun run) {

        Instant createdAt() {
            return run.startedAt();
        }

        String stateAt(Instant now) {
            if (!run.finished(now)) {
                return "pending";
            }
            return run.fails() ? "failed" : "available";
        }
    }

    /**
     * One Lightsail operation. Its status follows {@code run}: NotStarted during the first tenth of the run, then
     * Started, then Succeeded or Failed (terminal). A synchronous operation (delete) gets a run that is already over.
     */
    record OperationRecord(
            String id,
            String resourceName,
            String resourceType,
            String operationType,
            String availabilityZone,
            String details,
            SimulatedRun run,
            String errorCode,
            String errorDetails) {

        /** Share of the run during which the operation is still queued (NotStarted). */
        static final double QUEUED_FRACTION = 0.1;

        Instant createdAt() {
            return run.startedAt();
        }

        String statusAt(Instant now) {
            if (run.finished(now)) {
                return run.fails() ? "Failed" : "Succeeded";
            }
            return run.fraction(now) < QUEUED_FRACTION ? "NotStarted" : "Started";
        }

        Instant statusChangedAt(Instant now) {
            if (run.finished(now)) {
                return run.endsAt();
            }
            if (run.fraction(now) < QUEUED_FRACTION) {
                return run.startedAt();
            }
            return run.startedAt().plusMillis((long) (run.duration().toMillis() * QUEUED_FRACTION));
        }
    }
}
