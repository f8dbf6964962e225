package io.backupconsole.sandbox.lightsail;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.sandbox.lightsail.LightsailRecords.Database;
import io.backupconsole.sandbox.lightsail.LightsailRecords.OperationRecord;
import io.backupconsole.sandbox.lightsail.LightsailRecords.Snapshot;
import io.backupconsole.sandbox.support.Fields;
import io.backupconsole.sandbox.support.Json;
import io.backupconsole.sandbox.support.Pages;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Renders the simulated resources with the model's camelCase member names, at a given simulated time. */
final class LightsailJson {
    /** Snapshots are account-wide within a region, so Lightsail reports their zone as {@code all}. */
    static final String ALL_ZONES = "all";

    private LightsailJson() {}

    /** One page of {@code items} as {@code member}, and {@code nextPageToken} when more remain. */
    static <T> ObjectNode page(
            String member, Fields request, List<T> items, int pageSize, Function<T, ObjectNode> render) {
        Pages.Page<T> page = Pages.page(items, request.string("pageToken"), pageSize, LightsailErrors.INSTANCE);
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray(member);
        page.items().forEach(item -> list.add(render.apply(item)));
        page.nextToken().ifPresent(token -> body.put("nextPageToken", token));
        return body;
    }

    static ObjectNode database(Database db, String state, String region) {
        ObjectNode node = Json.object();
        node.put("name", db.name());
        node.put("arn", db.arn());
        node.put("supportCode", db.supportCode());
        node.set("createdAt", Json.epochSeconds(db.createdAt()));
        node.set("location", location(db.availabilityZone(), region));
        node.put("resourceType", "RelationalDatabase");
        node.set("tags", tags(db.tags()));
        node.put("relationalDatabaseBlueprintId", db.engine().blueprintId());
        node.put("relationalDatabaseBundleId", db.engine().bundleId());
        node.put("masterDatabaseName", db.masterDatabaseName());
        ObjectNode hardware = node.putObject("hardware");
        hardware.put("cpuCount", db.hardware().cpuCount());
        hardware.put("diskSizeInGb", db.hardware().diskSizeInGb());
        hardware.put("ramSizeInGb", db.hardware().ramSizeInGb());
        node.put("state", state);
        if (db.secondaryAvailabilityZone() != null) {
            node.put("secondaryAvailabilityZone", db.secondaryAvailabilityZone());
        }
        node.put("backupRetentionEnabled", db.backupRetentionEnabled());
        node.put("engine", db.engine().engine());
        node.put("engineVersion", db.engine().engineVersion());
        node.put("masterUsername", db.masterUsername());
        node.put("parameterApplyStatus", "in-sync");
        node.put("preferredBackupWindow", db.preferredBackupWindow());
        node.put("preferredMaintenanceWindow", db.preferredMaintenanceWindow());
        node.put("publiclyAccessible", db.publiclyAccessible());
        if (!state.equals("creating")) {
            ObjectNode endpoint = node.putObject("masterEndpoint");
            endpoint.put("port", db.port());
            endpoint.put(
                    "address",
                    "ls-" + db.supportCode().substring(db.supportCode().length() - 12) + "." + region
                            + ".rds.amazonaws.com");
        }
        node.putArray("pendingMaintenanceActions");
        node.put("caCertificateIdentifier", "rds-ca-rsa2048-g1");
        return node;
    }

    static ObjectNode snapshot(Snapshot snapshot, Instant now, String region) {
        ObjectNode node = Json.object();
        node.put("name", snapshot.name());
        node.put("arn", snapshot.arn());
        node.put("supportCode", snapshot.supportCode());
        node.set("createdAt", Json.epochSeconds(snapshot.createdAt()));
        node.set("location", location(ALL_ZONES, region));
        node.put("resourceType", "RelationalDatabaseSnapshot");
        node.set("tags", tags(snapshot.tags()));
        node.put("engine", snapshot.engine().engine());
        node.put("engineVersion", snapshot.engine().engineVersion());
        node.put("sizeInGb", snapshot.sizeInGb());
        node.put("state", snapshot.stateAt(now));
        node.put("fromRelationalDatabaseName", snapshot.fromDatabaseName());
        node.put("fromRelationalDatabaseArn", snapshot.fromDatabaseArn());
        node.put("fromRelationalDatabaseBundleId", snapshot.engine().bundleId());
        node.put("fromRelationalDatabaseBlueprintId", snapshot.engine().blueprintId());
        return node;
    }

    static ObjectNode operation(OperationRecord op, Instant now, String region) {
        ObjectNode node = Json.object();
        String status = op.statusAt(now);
        node.put("id", op.id());
        node.put("resourceName", op.resourceName());
        node.put("resourceType", op.resourceType());
        node.set("createdAt", Json.epochSeconds(op.createdAt()));
        node.set("location", location(op.availabilityZone(), region));
        node.put("isTerminal", status.equals("Succeeded") || status.equals("Failed"));
        node.put("operationDetails", op.details());
        node.put("operationType", op.operationType());
        node.put("status", status);
        node.set("statusChangedAt", Json.epochSeconds(op.statusChangedAt(now)));
        if (status.equals("Failed")) {
            node.put("errorCode", op.errorCode());
            node.put("errorDetails", op.errorDetails());
        }
        return node;
    }

    /** The {@code operations} answer of a mutating call. */
    static ObjectNode operations(List<OperationRecord> operations, Instant now, String region) {
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("operations");
        operations.forEach(op -> list.add(operation(op, now, region)));
        return body;
    }

    private static ObjectNode location(String availabilityZone, String region) {
        ObjectNode node = Json.object();
        node.put("availabilityZone", availabilityZone);
        node.put("regionName", region);
        return node;
    }

    private static ArrayNode tags(List<Tag> tags) {
        ArrayNode list = Json.array();
        for (Tag tag : tags) {
            ObjectNode node = list.addObject();
            node.put("key", tag.key());
            node.put("value", tag.value());
        }
        return list;
    }
}
