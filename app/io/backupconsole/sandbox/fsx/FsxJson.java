package io.backupconsole.sandbox.fsx;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.support.Json;
import java.time.Instant;
import java.util.List;

/** Renders the simulator's records in the FSx wire shapes ({@code FileSystem}, {@code Volume}, {@code Backup}). */
final class FsxJson {
    private static final String SUBNET = "subnet-0c1d2e3f4a5b6c7d8";
    private static final String VPC = "vpc-0f1e2d3c4b5a69788";

    private FsxJson() {}

    static ObjectNode fileSystem(FsxFileSystem fs) {
        ObjectNode node = Json.object();
        node.put("OwnerId", SimulationContext.ACCOUNT_ID);
        node.set("CreationTime", Json.epochSeconds(fs.creationTime()));
        node.put("FileSystemId", fs.id());
        node.put("FileSystemType", fs.type());
        node.put("Lifecycle", fs.lifecycle());
        node.put("StorageCapacity", fs.storageCapacityGiB());
        node.put("StorageType", fs.storageType());
        node.put("VpcId", VPC);
        node.set("SubnetIds", Json.array().add(SUBNET));
        if (!fs.type().equals("ONTAP")) {
            node.put("DNSName", fs.id() + ".fsx." + fs.region() + ".amazonaws.com");
        }
        node.put("KmsKeyId", fs.kmsKeyId());
        node.put("ResourceARN", fs.arn());
        putTags(node, fs.tags());
        switch (fs.type()) {
            case "WINDOWS" -> node.set("WindowsConfiguration", windows(fs));
            case "LUSTRE" -> {
                node.set("LustreConfiguration", lustre(fs));
                node.put("FileSystemTypeVersion", "2.15");
            }
            case "ONTAP" -> node.set("OntapConfiguration", ontap(fs));
            case "OPENZFS" -> node.set("OpenZFSConfiguration", openZfs(fs));
            default -> throw new IllegalStateException("Unknown file system type " + fs.type());
        }
        return node;
    }

    private static ObjectNode windows(FsxFileSystem fs) {
        ObjectNode c = backupSettings(fs);
        c.put("ActiveDirectoryId", "d-9067a1b2c3");
        c.put("DeploymentType", fs.deploymentType());
        c.put("ThroughputCapacity", fs.throughputMBps());
        c.put("CopyTagsToBackups", fs.copyTagsToBackups());
        if (!fs.deploymentType().startsWith("SINGLE")) {
            c.put("PreferredSubnetId", SUBNET);
        }
        return c;
    }

    private static ObjectNode lustre(FsxFileSystem fs) {
        ObjectNode c = Json.object();
        c.put("WeeklyMaintenanceStartTime", "7:04:00");
        c.put("DeploymentType", fs.deploymentType());
        c.put("MountName", fs.id().substring(fs.id().length() - 8));
        c.put("DataCompressionType", "LZ4");
        if (fs.linkedToS3()) {
            ObjectNode repository = Json.object();
            repository.put("Lifecycle", "AVAILABLE");
            repository.put("ImportPath", fs.s3ImportPath());
            repository.put("ExportPath", fs.s3ImportPath() + "/FSxLustre-export");
            repository.put("ImportedFileChunkSize", 1024);
            repository.put("AutoImportPolicy", "NEW_CHANGED");
            c.set("DataRepositoryConfiguration", repository);
        }
        if (fs.deploymentType().startsWith("PERSISTENT")) {
            c.put("PerUnitStorageThroughput", fs.throughputMBps());
            c.put("DailyAutomaticBackupStartTime", "05:00");
            c.put("AutomaticBackupRetentionDays", fs.automaticBackupRetentionDays());
            c.put("CopyTagsToBackups", fs.copyTagsToBackups());
        }
        return c;
    }

    private static ObjectNode ontap(FsxFileSystem fs) {
        ObjectNode c = backupSettings(fs);
        c.put("DeploymentType", fs.deploymentType());
        c.put("EndpointIpAddressRange", "198.19.255.0/24");
        c.put("PreferredSubnetId", SUBNET);
        c.put("ThroughputCapacity", fs.throughputMBps());
        c.put("HAPairs", 1);
        return c;
    }

    private static ObjectNode openZfs(FsxFileSystem fs) {
        ObjectNode c = backupSettings(fs);
        c.put("CopyTagsToBackups", fs.copyTagsToBackups());
        c.put("CopyTagsToVolumes", false);
        c.put("DeploymentType", fs.deploymentType());
        c.put("ThroughputCapacity", fs.throughputMBps());
        c.put("RootVolumeId", fs.rootVolumeId());
        return c;
    }

    private static ObjectNode backupSettings(FsxFileSystem fs) {
        ObjectNode c = Json.object();
        c.put("WeeklyMaintenanceStartTime", "7:04:00");
        c.put("DailyAutomaticBackupStartTime", "05:00");
        c.put("AutomaticBackupRetentionDays", fs.automaticBackupRetentionDays());
        return c;
    }

    static ObjectNode volume(FsxVolume v) {
        ObjectNode node = Json.object();
        node.set("CreationTime", Json.epochSeconds(v.creationTime()));
        node.put("FileSystemId", v.fileSystemId());
        node.put("Lifecycle", v.lifecycle());
        node.put("Name", v.name());
        node.put("ResourceARN", v.arn());
        putTags(node, v.tags());
        node.put("VolumeId", v.id());
        node.put("VolumeType", v.volumeType());
        ObjectNode c = Json.object();
        if (v.volumeType().equals("ONTAP")) {
            if (v.path() != null) {
                c.put("JunctionPath", v.path());
            }
            c.put("SecurityStyle", "UNIX");
            c.put("SizeInMegabytes", v.sizeInMegabytes());
            c.put("SizeInBytes", v.sizeInMegabytes() << 20);
            c.put("StorageEfficiencyEnabled", true);
            c.put("StorageVirtualMachineId", v.svmId());
            c.put("StorageVirtualMachineRoot", v.svmRoot());
            c.put("OntapVolumeType", v.ontapVolumeType());
            c.put("CopyTagsToBackups", true);
            c.put("VolumeStyle", "FLEXVOL");
            node.set("OntapConfiguration", c);
        } else {
            if (v.parentVolumeId() != null) {
                c.put("ParentVolumeId", v.parentVolumeId());
            }
            c.put("VolumePath", v.path());
            if (v.sizeInMegabytes() > 0) {
                c.put("StorageCapacityQuotaGiB", v.sizeInMegabytes() >> 10);
            }
            c.put("RecordSizeKiB", 128);
            c.put("DataCompressionType", "ZSTD");
            c.put("ReadOnly", false);
            node.set("OpenZFSConfiguration", c);
        }
        return node;
    }

    /**
     * @param lifecycleOverride {@code DELETED} for a backup answered again from its token after deletion, else null
     */
    static ObjectNode backup(FsxBackup b, Instant now, String lifecycleOverride) {
        String lifecycle = lifecycleOverride != null ? lifecycleOverride : b.lifecycle(now);
        ObjectNode node = Json.object();
        node.put("BackupId", b.id());
        node.put("Lifecycle", lifecycle);
        if (lifecycle.equals("FAILED")) {
            node.set("FailureDetails", Json.object().put("Message", b.failureMessage()));
        }
        node.put("Type", b.type());
        if (lifecycle.equals("AVAILABLE")) {
            node.put("ProgressPercent", 100);
        } else if (b.running(now)) {
            node.put("ProgressPercent", b.run().percent(now));
        }
        node.set("CreationTime", Json.epochSeconds(b.creationTime()));
        node.put("KmsKeyId", b.fileSystem().kmsKeyId());
        node.put("ResourceARN", b.arn());
        putTags(node, b.tags());
        node.set("FileSystem", fileSystem(b.fileSystem()));
        node.put("OwnerId", SimulationContext.ACCOUNT_ID);
        node.put("ResourceType", b.volume() != null ? "VOLUME" : "FILE_SYSTEM");
        if (b.volume() != null) {
            node.set("Volume", volume(b.volume()));
        }
        if (lifecycle.equals("AVAILABLE")) {
            node.put("SizeInBytes", b.sizeInBytes());
        }
        return node;
    }

    /** Tags are omitted when there are none: the model's {@code Tags} list has min 1. */
    private static void putTags(ObjectNode node, List<Tag> tags) {
        if (tags.isEmpty()) {
            return;
        }
        ArrayNode array = Json.array();
        for (Tag tag : tags) {
            array.add(Json.object().put("Key", tag.key()).put("Value", tag.value()));
        }
        node.set("Tags", array);
    }
}
