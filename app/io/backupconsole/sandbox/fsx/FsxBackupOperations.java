package io.backupconsole.sandbox.fsx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.domain.rules.FsxEligibility;
import io.backupconsole.domain.rules.FsxRules;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.protocol.SandboxRequest;
import io.backupconsole.sandbox.support.Fields;
import io.backupconsole.sandbox.support.Json;
import io.backupconsole.sandbox.support.SimulatedRun;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * CreateBackup and DeleteBackup, both idempotent by ClientRequestToken (tokens are remembered per region). Called
 * under the simulator's lock (see the dispatcher), so check-then-create needs no further locking.
 */
final class FsxBackupOperations {
    /**
     * Default quota of user-initiated backups per account and Region. The FSx quota pages list such a quota (value
     * here 5,000, taken from the Windows File Server quotas table; not verified for every file system type).
     */
    static final int USER_INITIATED_BACKUP_LIMIT = 5_000;
    /** How long a new backup runs at time scale 1. */
    private static final Duration SHORTEST_RUN = Duration.ofSeconds(20);

    private static final Duration LONGEST_RUN = Duration.ofMinutes(3);
    private static final String FAILURE_MESSAGE =
            "Amazon FSx was unable to create the backup because the file system was busy. Try again later.";
    private static final String WINDOWS_FAILURE_MESSAGE =
            "Amazon FSx could not create a consistent backup: the Volume Shadow Copy Service timed out on the file server.";

    private final SimulationContext context;

    FsxBackupOperations(SimulationContext context) {
        this.context = context;
    }

    JsonNode createBackup(FsxRegion region, SandboxRequest request) {
        Fields in = FsxInput.fields(request.body());
        Optional<String> fileSystemId = in.string("FileSystemId");
        Optional<String> volumeId = in.string("VolumeId");
        Optional<String> token = in.string("ClientRequestToken");
        fileSystemId.ifPresent(id -> FsxErrors.require(FsxRules.checkFileSystemId(id, "FileSystemId")));
        volumeId.ifPresent(id -> FsxErrors.require(FsxRules.checkVolumeId(id, "VolumeId")));
        FsxErrors.require(FsxRules.checkClientRequestToken(token.orElse(null)));
        Optional<List<Tag>> tags = FsxInput.tags(in);
        if (fileSystemId.isPresent() == volumeId.isPresent()) {
            throw FsxErrors.badRequest(
                    "Specify exactly one of FileSystemId (Windows, Lustre, OpenZFS) or VolumeId (ONTAP).");
        }
        FsxRegion.CreateRequest parameters = new FsxRegion.CreateRequest(
                fileSystemId.orElse(null),
                volumeId.orElse(null),
                tags.map(Set::copyOf).orElse(null));
        if (token.isPresent()) {
            Optional<FsxRegion.TokenUse> earlier = region.createToken(token.get());
            if (earlier.isPresent()) {
                return answerRepeat(region, earlier.get(), parameters, token.get());
            }
        }
        FsxBackup backup = fileSystemId.isPresent()
                ? start(region, fileSystemBackupSource(region, fileSystemId.get()), null, tags)
                : startVolumeBackup(region, volumeId.get(), tags);
        token.ifPresent(t -> region.rememberCreate(t, parameters, backup));
        return created(backup);
    }

    /** Same token: the same parameters get the same backup back, different ones IncompatibleParameterError. */
    private JsonNode answerRepeat(
            FsxRegion region, FsxRegion.TokenUse earlier, FsxRegion.CreateRequest now, String token) {
        FsxRegion.CreateRequest first = earlier.request();
        if (!Objects.equals(first.fileSystemId(), now.fileSystemId())) {
            throw FsxErrors.incompatible("FileSystemId", token);
        }
        if (!Objects.equals(first.volumeId(), now.volumeId())) {
            throw FsxErrors.incompatible("VolumeId", token);
        }
        if (!Objects.equals(first.tags(), now.tags())) {
            throw FsxErrors.incompatible("Tags", token);
        }
        FsxBackup backup = earlier.backup();
        ObjectNode out = Json.object();
        out.set("Backup", FsxJson.backup(backup, context.now(), region.backupExists(backup.id()) ? null : "DELETED"));
        return out;
    }

    private static FsxFileSystem fileSystemBackupSource(FsxRegion region, String id) {
        FsxFileSystem fs = region.fileSystem(id).orElseThrow(() -> FsxErrors.fileSystemNotFound(id));
        refuseIneligible(
                FsxEligibility.fileSystem(fs.id(), fs.type(), fs.lifecycle(), fs.deploymentType(), fs.linkedToS3()),
                id,
                "FileSystemId");
        return fs;
    }

    private FsxBackup startVolumeBackup(FsxRegion region, String id, Optional<List<Tag>> tags) {
        FsxVolume volume = region.volume(id).orElseThrow(() -> FsxErrors.volumeNotFound(id));
        refuseIneligible(
                FsxEligibility.volume(
                        volume.fileSystemId(),
                        volume.volumeType(),
                        volume.lifecycle(),
                        volume.ontapVolumeType(),
                        volume.svmRoot()),
                id,
                "VolumeId");
        FsxFileSystem fs = region.fileSystem(volume.fileSystemId())
                .orElseThrow(() -> FsxErrors.fileSystemNotFound(volume.fileSystemId()));
        return start(region, fs, volume, tags);
    }

    /**
     * Resource kinds FSx cannot back up at all (scratch or S3-linked Lustre, DP/LS and SVM-root volumes) are answered
     * with UnsupportedOperation, whose model text is "The requested operation is not supported for this resource";
     * a request naming the wrong member for the file system type (ONTAP file system, OpenZFS volume) or a resource in
     * the wrong lifecycle is a fault of the request, so BadRequest ("a failure with a client request").
     */
    private static void refuseIneligible(FsxEligibility.Verdict verdict, String id, String member) {
        switch (verdict.refusal()) {
            case NONE -> {}
            case UNSUPPORTED -> throw FsxErrors.unsupported(verdict.reason() + " (" + id + ").");
            case WRONG_TARGET ->
                throw FsxErrors.badRequest(member + " " + id + ": " + verdict.reason()
                        + (member.equals("FileSystemId") ? " (use VolumeId)." : " (use FileSystemId)."));
            case NOT_READY ->
                throw FsxErrors.badRequest(
                        member + " " + id + ": " + verdict.reason() + "; a backup needs it to be AVAILABLE.");
        }
    }

    private FsxBackup start(FsxRegion region, FsxFileSystem fs, FsxVolume volume, Optional<List<Tag>> tags) {
        Instant now = context.now();
        String resourceId = volume != null ? volume.id() : fs.id();
        region.runningBackupOf(resourceId, now).ifPresent(running -> {
            throw FsxErrors.backupInProgress(resourceId, running.id());
        });
        if (region.userInitiatedBackupCount() >= USER_INITIATED_BACKUP_LIMIT) {
            throw FsxErrors.userBackupLimit(USER_INITIATED_BACKUP_LIMIT);
        }
        SimulatedRun run = context.newRun(now, SHORTEST_RUN, LONGEST_RUN);
        String id = newBackupId(region);
        List<Tag> backupTags = tags.orElseGet(() -> copiedTags(fs, volume));
        long sourceBytes = volume != null ? volume.sizeInMegabytes() << 20 : ((long) fs.storageCapacityGiB()) << 30;
        long size = (long) (sourceBytes * (0.2 + 0.6 * context.nextDouble()));
        String failure = fs.type().equals("WINDOWS") ? WINDOWS_FAILURE_MESSAGE : FAILURE_MESSAGE;
        FsxBackup backup = new FsxBackup(
                fs.region(),
                id,
                "USER_INITIATED",
                fs,
                volume,
                backupTags,
                run,
                fs.type().equals("LUSTRE"),
                size,
                failure);
        region.add(backup);
        return backup;
    }

    /**
     * Without explicit tags the backup gets the source's tags when CopyTagsToBackups is on ("If you have set
     * CopyTagsToBackups to true, and you specify one or more tags ... no existing file system tags are copied").
     * ONTAP volumes copy their own tags (their configuration carries CopyTagsToBackups).
     */
    private static List<Tag> copiedTags(FsxFileSystem fs, FsxVolume volume) {
        if (volume != null) {
            return volume.tags();
        }
        return fs.copyTagsToBackups() ? fs.tags() : List.of();
    }

    private String newBackupId(FsxRegion region) {
        String id;
        do {
            id = "backup-" + context.hex(17);
        } while (region.backupExists(id));
        return id;
    }

    private ObjectNode created(FsxBackup backup) {
        ObjectNode out = Json.object();
        out.set("Backup", FsxJson.backup(backup, context.now(), null));
        return out;
    }

    JsonNode deleteBackup(FsxRegion region, SandboxRequest request) {
        Fields in = FsxInput.fields(request.body());
        String backupId = in.requiredString("BackupId");
        FsxErrors.require(FsxRules.checkBackupId(backupId, "BackupId"));
        Optional<String> token = in.string("ClientRequestToken");
        FsxErrors.require(FsxRules.checkClientRequestToken(token.orElse(null)));
        if (token.isPresent()) {
            Optional<String> deletedBefore = region.deleteToken(token.get());
            if (deletedBefore.isPresent()) {
                if (!deletedBefore.get().equals(backupId)) {
                    throw FsxErrors.incompatible("BackupId", token.get());
                }
                return deleted(backupId);
            }
        }
        FsxBackup backup = region.backup(backupId).orElseThrow(() -> FsxErrors.backupNotFound(List.of(backupId)));
        if (backup.type().equals("AWS_BACKUP")) {
            throw FsxErrors.badRequest("Backup " + backupId + " is managed by AWS Backup; delete its recovery point "
                    + "in AWS Backup instead.");
        }
        if (backup.running(context.now())) {
            throw FsxErrors.backupStillRunning(backupId, backup.lifecycle(context.now()));
        }
        region.remove(backup);
        token.ifPresent(t -> region.rememberDelete(t, backupId));
        return deleted(backupId);
    }

    private static ObjectNode deleted(String backupId) {
        return Json.object().put("BackupId", backupId).put("Lifecycle", "DELETED");
    }
}
