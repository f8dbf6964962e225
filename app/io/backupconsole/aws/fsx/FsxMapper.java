package io.backupconsole.aws.fsx;

import io.backupconsole.domain.Attribute;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupOrigin;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.FsxRules;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.fsx.model.Backup;
import software.amazon.awssdk.services.fsx.model.FileSystem;
import software.amazon.awssdk.services.fsx.model.LustreFileSystemConfiguration;
import software.amazon.awssdk.services.fsx.model.OntapVolumeConfiguration;
import software.amazon.awssdk.services.fsx.model.OpenZFSVolumeConfiguration;
import software.amazon.awssdk.services.fsx.model.Tag;
import software.amazon.awssdk.services.fsx.model.Volume;

/** The one place that turns FSx SDK types into domain types. Stateless and thread-safe. */
final class FsxMapper {
    private static final String STORAGE_CAPACITY = "Storage capacity";
    private static final String VOLUME_SIZE = "Size";
    private static final String VOLUME_QUOTA = "Storage quota";

    private FsxMapper() {}

    static Resource fileSystem(FileSystem fs) {
        String type = fs.fileSystemTypeAsString();
        String deployment = deploymentType(fs);
        boolean linkedToS3 =
                fs.lustreConfiguration() != null && fs.lustreConfiguration().dataRepositoryConfiguration() != null;
        List<Attribute> attributes = new ArrayList<>();
        add(attributes, "File system type", type);
        add(attributes, "Deployment type", deployment);
        add(attributes, STORAGE_CAPACITY, fs.storageCapacity() == null ? null : fs.storageCapacity() + " GiB");
        add(attributes, "Storage type", fs.storageTypeAsString());
        add(attributes, "Automatic backup retention", retention(fs));
        add(attributes, "Copy tags to backups", copyTags(fs));
        if (linkedToS3) {
            add(
                    attributes,
                    "S3 data repository",
                    fs.lustreConfiguration().dataRepositoryConfiguration().importPath());
        }
        add(attributes, "ARN", fs.resourceARN());
        return new Resource(
                AwsService.FSX,
                fs.fileSystemId(),
                nameTag(fs.tags()),
                typeLabel(type, deployment),
                fs.lifecycleAsString(),
                fs.creationTime(),
                null,
                FsxRules.fileSystemEligibility(fs.fileSystemId(), type, fs.lifecycleAsString(), deployment, linkedToS3),
                attributes);
    }

    /**
     * @param fileSystemName the Name tag of the volume's file system (or empty), so the details pane and the filter
     *                       know the volume by its file system's name, not only by its id
     */
    static Resource volume(Volume volume, String fileSystemName) {
        OntapVolumeConfiguration ontap = volume.ontapConfiguration();
        String ontapType = ontap == null ? null : ontap.ontapVolumeTypeAsString();
        boolean svmRoot = ontap != null && Boolean.TRUE.equals(ontap.storageVirtualMachineRoot());
        List<Attribute> attributes = new ArrayList<>();
        add(attributes, "Volume type", volume.volumeTypeAsString());
        add(
                attributes,
                "File system",
                fileSystemName.isEmpty() ? volume.fileSystemId() : fileSystemName + " (" + volume.fileSystemId() + ")");
        if (ontap != null) {
            add(attributes, "ONTAP volume type", ontapType);
            add(attributes, "SVM root volume", svmRoot ? "Yes" : "No");
            add(attributes, "Storage virtual machine", ontap.storageVirtualMachineId());
            add(attributes, "Junction path", ontap.junctionPath());
            add(attributes, VOLUME_SIZE, ontap.sizeInMegabytes() == null ? null : ontap.sizeInMegabytes() + " MiB");
        }
        if (volume.openZFSConfiguration() != null) {
            add(attributes, "Volume path", volume.openZFSConfiguration().volumePath());
            Integer quota = volume.openZFSConfiguration().storageCapacityQuotaGiB();
            add(attributes, VOLUME_QUOTA, quota == null || quota <= 0 ? null : quota + " GiB");
        }
        add(attributes, "ARN", volume.resourceARN());
        String type = volumeTypeLabel(volume.volumeTypeAsString(), ontap, ontapType, volume.openZFSConfiguration());
        String name = nameTag(volume.tags());
        return new Resource(
                AwsService.FSX,
                volume.volumeId(),
                name.isEmpty() ? volume.name() : name,
                type,
                volume.lifecycleAsString(),
                volume.creationTime(),
                volume.fileSystemId(),
                FsxRules.volumeEligibility(
                        volume.fileSystemId(),
                        volume.volumeTypeAsString(),
                        volume.lifecycleAsString(),
                        ontapType,
                        svmRoot),
                attributes);
    }

    /**
     * The capacity this mapper wrote into a resource's attributes, in bytes: a file system's storage capacity, an
     * ONTAP volume's size or an OpenZFS volume's quota; null when FSx reports none (an OpenZFS volume without quota).
     */
    static Long capacityBytes(Resource resource) {
        return resource.attribute(STORAGE_CAPACITY)
                .or(() -> resource.attribute(VOLUME_QUOTA))
                .map(gib -> Long.parseLong(gib.substring(0, gib.indexOf(' '))) << 30)
                .or(() -> resource.attribute(VOLUME_SIZE)
                        .map(mib -> Long.parseLong(mib.substring(0, mib.indexOf(' '))) << 20))
                .orElse(null);
    }

    static BackupSummary backup(Backup backup) {
        String resourceId = backup.volume() != null
                ? backup.volume().volumeId()
                : backup.fileSystem() != null ? backup.fileSystem().fileSystemId() : null;
        String message =
                backup.failureDetails() != null ? backup.failureDetails().message() : null;
        return new BackupSummary(
                AwsService.FSX,
                backup.backupId(),
                resourceId,
                nameTag(backup.tags()),
                origin(backup.typeAsString()),
                backup.lifecycleAsString(),
                backup.creationTime(),
                backup.sizeInBytes(),
                backup.progressPercent(),
                message);
    }

    /** "ONTAP volume (RW)", "OpenZFS volume", or "FSx volume" when the answer says neither. */
    private static String volumeTypeLabel(
            String volumeType, OntapVolumeConfiguration ontap, String ontapType, OpenZFSVolumeConfiguration openZfs) {
        if (ontap != null || "ONTAP".equals(volumeType)) {
            return ontapType == null ? "ONTAP volume" : "ONTAP volume (" + ontapType + ")";
        }
        return openZfs != null || "OPENZFS".equals(volumeType) ? "OpenZFS volume" : "FSx volume";
    }

    /** USER_INITIATED → manual, AUTOMATIC → automated, AWS_BACKUP → AWS Backup (unknown types count as manual). */
    static BackupOrigin origin(String type) {
        return switch (type == null ? "" : type) {
            case "AUTOMATIC" -> BackupOrigin.AUTOMATED;
            case "AWS_BACKUP" -> BackupOrigin.AWS_BACKUP;
            default -> BackupOrigin.MANUAL;
        };
    }

    static String typeLabel(String type, String deployment) {
        String kind = switch (type == null ? "" : type) {
            case "WINDOWS" -> "FSx for Windows File Server";
            case "LUSTRE" -> "FSx for Lustre";
            case "ONTAP" -> "FSx for NetApp ONTAP";
            case "OPENZFS" -> "FSx for OpenZFS";
            case "" -> "FSx file system";
            default -> "FSx " + type;
        };
        return deployment == null ? kind : kind + " (" + deployment + ")";
    }

    /** Domain tags to SDK tags, or null for none (the model's Tags list has min 1, so an empty list is not sent). */
    static List<Tag> sdkTags(List<io.backupconsole.domain.rules.Tag> tags) {
        if (tags.isEmpty()) {
            return null;
        }
        return tags.stream()
                .map(t -> Tag.builder().key(t.key()).value(t.value()).build())
                .toList();
    }

    private static String deploymentType(FileSystem fs) {
        if (fs.lustreConfiguration() != null) {
            return fs.lustreConfiguration().deploymentTypeAsString();
        }
        if (fs.windowsConfiguration() != null) {
            return fs.windowsConfiguration().deploymentTypeAsString();
        }
        if (fs.ontapConfiguration() != null) {
            return fs.ontapConfiguration().deploymentTypeAsString();
        }
        return fs.openZFSConfiguration() != null ? fs.openZFSConfiguration().deploymentTypeAsString() : null;
    }

    private static String retention(FileSystem fs) {
        Integer days = fs.lustreConfiguration() != null
                ? fs.lustreConfiguration().automaticBackupRetentionDays()
                : fs.windowsConfiguration() != null
                        ? fs.windowsConfiguration().automaticBackupRetentionDays()
                        : fs.ontapConfiguration() != null
                                ? fs.ontapConfiguration().automaticBackupRetentionDays()
                                : fs.openZFSConfiguration() != null
                                        ? fs.openZFSConfiguration().automaticBackupRetentionDays()
                                        : null;
        if (days == null) {
            return null;
        }
        return days == 0 ? "Disabled" : days + (days == 1 ? " day" : " days");
    }

    private static String copyTags(FileSystem fs) {
        LustreFileSystemConfiguration lustre = fs.lustreConfiguration();
        Boolean copy = lustre != null
                ? lustre.copyTagsToBackups()
                : fs.windowsConfiguration() != null
                        ? fs.windowsConfiguration().copyTagsToBackups()
                        : fs.openZFSConfiguration() != null
                                ? fs.openZFSConfiguration().copyTagsToBackups()
                                : null;
        return copy == null ? null : copy ? "Yes" : "No";
    }

    private static String nameTag(List<Tag> tags) {
        for (Tag tag : tags) {
            if (FsxRules.NAME_TAG.equals(tag.key())) {
                return tag.value();
            }
        }
        return "";
    }

    private static void add(List<Attribute> attributes, String label, String value) {
        if (value != null && !value.isBlank()) {
            attributes.add(new Attribute(label, value));
        }
    }
}
