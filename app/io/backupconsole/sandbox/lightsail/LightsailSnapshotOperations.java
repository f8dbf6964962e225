package io.backupconsole.sandbox.lightsail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.rules.LightsailRules;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.domain.rules.Violation;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.lightsail.LightsailRecords.Database;
import io.backupconsole.sandbox.lightsail.LightsailRecords.OperationRecord;
import io.backupconsole.sandbox.lightsail.LightsailRecords.Snapshot;
import io.backupconsole.sandbox.protocol.SandboxRequest;
import io.backupconsole.sandbox.support.Fields;
import io.backupconsole.sandbox.support.Json;
import io.backupconsole.sandbox.support.SimulatedRun;
import io.backupconsole.sandbox.support.ValidationErrors;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * CreateRelationalDatabaseSnapshot, GetRelationalDatabaseSnapshot(s) and DeleteRelationalDatabaseSnapshot.
 * Handlers run under the simulator's lock (see Dispatcher), so they change the region state without further locking.
 */
final class LightsailSnapshotOperations {
    /**
     * Snapshots per GetRelationalDatabaseSnapshots page. AWS does not document its page size (it is large); a
     * small one makes clients (and the tests) walk pageToken/nextPageToken with realistic amounts of data.
     */
    static final int PAGE_SIZE = 25;
    /** A snapshot run takes from half a minute to a few minutes of simulated time. */
    static final Duration SHORTEST_RUN = Duration.ofSeconds(30);

    static final Duration LONGEST_RUN = Duration.ofMinutes(4);

    private final SimulationContext context;

    LightsailSnapshotOperations(SimulationContext context) {
        this.context = context;
    }

    JsonNode create(LightsailRegion region, SandboxRequest request) {
        Fields fields = new Fields(request.body(), LightsailErrors.INSTANCE);
        String databaseName = fields.requiredString("relationalDatabaseName");
        String snapshotName = fields.requiredString("relationalDatabaseSnapshotName");
        List<Tag> tags = tags(fields);
        List<Violation> problems = LightsailRules.checkSnapshotRequest(databaseName, snapshotName, tags);
        if (!problems.isEmpty()) {
            throw LightsailErrors.invalidInput(problems);
        }
        Instant now = context.now();
        Database database = region.database(databaseName)
                .orElseThrow(() -> LightsailDatabaseOperations.databaseNotFound(databaseName));
        // AWS documents no dedicated "already exists" error for Lightsail; its create calls refuse a name in use
        // with InvalidInputException (e.g. CreateInstances: "Some names are already in use"), so the sandbox does too.
        if (region.snapshot(snapshotName).isPresent()) {
            throw LightsailErrors.invalidInput(
                    "A relational database snapshot named " + snapshotName + " already exists in " + region.regionName()
                            + " (relationalDatabaseSnapshotName).",
                    "Snapshot names are unique per Region: choose another name.");
        }
        // The docs only say a snapshot is taken of a running database; a refusal because of the database's
        // state is the service failing to execute the operation, which the model calls OperationFailureException.
        Eligibility eligibility = LightsailRules.eligibility(region.stateOf(database, now));
        if (!eligibility.allowed()) {
            throw LightsailErrors.operationFailure(
                    eligibility.reason() + ": cannot create a snapshot of " + databaseName + " now.",
                    tipFor(region.stateOf(database, now)));
        }
        SimulatedRun run = context.newRun(now, SHORTEST_RUN, LONGEST_RUN);
        OperationRecord operation =
                new LightsailStore(context, region).startSnapshot(database, snapshotName, tags, run);
        return LightsailJson.operations(List.of(operation), now, region.regionName());
    }

    JsonNode list(LightsailRegion region, SandboxRequest request) {
        Fields fields = new Fields(request.body(), LightsailErrors.INSTANCE);
        Instant now = context.now();
        return LightsailJson.page(
                "relationalDatabaseSnapshots",
                fields,
                region.snapshots(),
                PAGE_SIZE,
                s -> LightsailJson.snapshot(s, now, region.regionName()));
    }

    JsonNode get(LightsailRegion region, SandboxRequest request) {
        Snapshot snapshot = existingSnapshot(request, region);
        ObjectNode body = Json.object();
        body.set("relationalDatabaseSnapshot", LightsailJson.snapshot(snapshot, context.now(), region.regionName()));
        return body;
    }

    JsonNode delete(LightsailRegion region, SandboxRequest request) {
        Snapshot snapshot = existingSnapshot(request, region);
        Instant now = context.now();
        if (!snapshot.run().finished(now)) {
            throw LightsailErrors.operationFailure(
                    "The relational database snapshot " + snapshot.name()
                            + " is pending and cannot be deleted until it has been created.",
                    "Wait until the snapshot's state is available, then delete it.");
        }
        region.removeSnapshot(snapshot.name());
        Database source = region.database(snapshot.fromDatabaseName()).orElse(null);
        OperationRecord operation = new LightsailStore(context, region).deleteOperation(source, snapshot.name(), now);
        return LightsailJson.operations(List.of(operation), now, region.regionName());
    }

    private static Snapshot existingSnapshot(SandboxRequest request, LightsailRegion region) {
        Fields fields = new Fields(request.body(), LightsailErrors.INSTANCE);
        String name = fields.requiredString("relationalDatabaseSnapshotName");
        List<Violation> problems = LightsailRules.checkResourceName(name, "relationalDatabaseSnapshotName");
        if (!problems.isEmpty()) {
            throw LightsailErrors.invalidInput(problems);
        }
        return region.snapshot(name)
                .orElseThrow(() -> LightsailErrors.notFound(
                        "The relational database snapshot " + name + " does not exist in " + region.regionName() + ".",
                        "Check the snapshot name and the Region."));
    }

    /** Reads {@code tags} as typed on the wire; a missing key becomes an empty one so the tag rule names it. */
    private static List<Tag> tags(Fields fields) {
        List<Tag> tags = new ArrayList<>();
        ArrayNode array = fields.array("tags").orElse(null);
        if (array == null) {
            return tags;
        }
        for (JsonNode element : array) {
            if (!element.isObject()) {
                throw ValidationErrors.wrongType("tags element", "a structure");
            }
            Fields tag = new Fields((ObjectNode) element, fields.errors());
            tags.add(new Tag(tag.string("key").orElse(""), tag.string("value").orElse("")));
        }
        return tags;
    }

    private static String tipFor(String state) {
        return switch (state) {
            case "stopped" -> "Start the database, wait until it is available, then create the snapshot.";
            case LightsailRules.BACKING_UP -> "Wait for the running snapshot to finish, then try again.";
            default -> "Wait until the database is available, then try again.";
        };
    }
}
