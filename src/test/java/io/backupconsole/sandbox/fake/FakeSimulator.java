package io.backupconsole.sandbox.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.sandbox.RegionalJsonSimulator;
import io.backupconsole.sandbox.ServiceConventions;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.protocol.SandboxRequest;
import io.backupconsole.sandbox.protocol.ServiceError;
import io.backupconsole.sandbox.support.Json;
import io.backupconsole.sandbox.support.SimulatedRun;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * The fifth service's simulator, registered on the sandbox side only ({@code Sandbox.start(port, config, extra)}):
 * archives to back up and their snapshots, answered in the AWS JSON 1.1 shapes of FSx's DescribeFileSystems,
 * CreateBackup and DescribeBackups (the fake's client reuses FSx's wire protocol, see {@code FakeWire}) under its
 * own {@code X-Amz-Target} prefix. A snapshot runs 5–20 simulated minutes on the sandbox clock.
 */
public final class FakeSimulator extends RegionalJsonSimulator<FakeRegion> {
    /** The fake's {@code X-Amz-Target} prefix: nothing else in the sandbox answers it. */
    public static final String TARGET_PREFIX = "FakeArchive_20250101";

    private static final ServiceConventions CONVENTIONS =
            new ServiceConventions("fake", "Message", 500, "InternalServerError", "The fake archive failed.");

    private final SimulationContext context;

    public FakeSimulator(SimulationContext context) {
        super(TARGET_PREFIX, CONVENTIONS, region -> FakeRegion.seed(region, context.now()));
        this.context = context;
        on("DescribeFileSystems", inRegion(this::describeArchives));
        on("CreateBackup", inRegion(this::createSnapshot));
        on("DescribeBackups", inRegion(this::describeSnapshots));
    }

    private JsonNode describeArchives(FakeRegion region, SandboxRequest request) {
        ArrayNode archives = Json.array();
        for (FakeRegion.Archive archive : region.archives.values()) {
            ObjectNode node = archives.addObject()
                    .put("FileSystemId", archive.id())
                    .put("FileSystemType", "ARCHIVE")
                    .put("Lifecycle", archive.state())
                    .put("StorageCapacity", archive.capacityGib())
                    .put(
                            "ResourceARN",
                            "arn:aws:fake:" + request.region() + ":" + SimulationContext.ACCOUNT_ID + ":archive/"
                                    + archive.id());
            node.set("CreationTime", Json.epochSeconds(archive.createdAt()));
            node.putArray("Tags").addObject().put("Key", "Name").put("Value", archive.name());
        }
        ObjectNode answer = Json.object();
        answer.set("FileSystems", archives);
        return answer;
    }

    private JsonNode createSnapshot(FakeRegion region, SandboxRequest request) {
        String archiveId = request.body().path("FileSystemId").asText("");
        FakeRegion.Archive archive = region.archives.get(archiveId);
        if (archive == null) {
            throw ServiceError.badRequest("FileSystemNotFound", "No archive " + archiveId + ".");
        }
        if (!archive.state().equals("AVAILABLE")) {
            throw ServiceError.badRequest("BadRequest", "Archive " + archiveId + " is " + archive.state() + ".");
        }
        String token = request.body().path("ClientRequestToken").asText("");
        FakeRegion.Snapshot snapshot = token.isEmpty() ? null : region.byToken.get(token);
        if (snapshot == null) {
            Instant now = context.now();
            SimulatedRun run = context.newRun(now, Duration.ofMinutes(5), Duration.ofMinutes(20));
            String name = "";
            for (JsonNode tag : request.body().path("Tags")) {
                if (tag.path("Key").asText().equals("Name")) {
                    name = tag.path("Value").asText();
                }
            }
            snapshot = new FakeRegion.Snapshot("snap-" + context.hex(12), archiveId, name, run);
            region.snapshots.put(snapshot.id(), snapshot);
            if (!token.isEmpty()) {
                region.byToken.put(token, snapshot);
            }
        }
        ObjectNode answer = Json.object();
        answer.set("Backup", snapshotJson(snapshot));
        return answer;
    }

    /** By BackupIds (unknown ids are left out) or, without them, every snapshot (optionally of one archive). */
    private JsonNode describeSnapshots(FakeRegion region, SandboxRequest request) {
        Set<String> ids = new HashSet<>();
        request.body().path("BackupIds").forEach(id -> ids.add(id.asText()));
        Set<String> archives = new HashSet<>();
        request.body().path("Filters").forEach(filter -> filter.path("Values").forEach(v -> archives.add(v.asText())));
        ArrayNode snapshots = Json.array();
        for (FakeRegion.Snapshot snapshot : region.snapshots.values()) {
            if ((ids.isEmpty() || ids.contains(snapshot.id()))
                    && (archives.isEmpty() || archives.contains(snapshot.archiveId()))) {
                snapshots.add(snapshotJson(snapshot));
            }
        }
        ObjectNode answer = Json.object();
        answer.set("Backups", snapshots);
        return answer;
    }

    private ObjectNode snapshotJson(FakeRegion.Snapshot snapshot) {
        Instant now = context.now();
        SimulatedRun run = snapshot.run();
        String lifecycle = !run.finished(now) ? "CREATING" : run.fails() ? "FAILED" : "AVAILABLE";
        ObjectNode node = Json.object()
                .put("BackupId", snapshot.id())
                .put("Lifecycle", lifecycle)
                .put("Type", "USER_INITIATED")
                .put("ProgressPercent", run.finished(now) ? 100 : run.percent(now));
        node.set("CreationTime", Json.epochSeconds(run.startedAt()));
        node.putObject("FileSystem").put("FileSystemId", snapshot.archiveId());
        if (!snapshot.name().isEmpty()) {
            node.putArray("Tags").addObject().put("Key", "Name").put("Value", snapshot.name());
        }
        if (lifecycle.equals("FAILED")) {
            node.putObject("FailureDetails").put("Message", "The fake archive lost the snapshot.");
        }
        return node;
    }
}
