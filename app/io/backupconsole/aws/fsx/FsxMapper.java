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
import software.amazon.awssdk.services.fsx.model.Tag;
import software.amazon.awssdk.services.fsx.model.Volume;

/** The one place that turns FSx SDK types into domain types. Stateless and thread-safe. */
final class FsxMapper {
    private FsxMapper() {
    }

    static Resource fileSystem(FileSystem fs) {
        String type = fs.fileSystemTypeAsString();
        String deployment = deploymentType(fs);
        boolean linkedToS3 = fs.lustreConfiguration() != null
                && fs.lustreConfiguration().dataRepositoryConfiguration() != null;
        List<Attribute> attributes = new ArrayList<>();
        add(attributes, "File system type", type);
        add(attributes, "Deployment type", deployment);
        add(attributes, "Storage capacity", fs.storageCapacity() == null ? null : fs.storageCapacity() + " GiB");
        add(attributes, "Storage type", fs.storageTypeAsString());
        add(attributes, "Automatic backup retention", retention(fs));
        add(attributes, "Copy tags to backups", copyTags(fs));
        if (linkedToS3) {
            add(attributes, "S3 data repository", fs.lustreConfiguration().dataRepositoryConfiguration().importPath());
        }
        add(attributes, "ARN", fs.resourceARN());
        return new Resource(AwsService.FSX, fs.fileSystemId(), nameTag(fs.tags()), typeLabel(type, deployment),
                fs.lifecycleAsString(), fs.creationTime(), null,
                FsxRules.fileSystemEligibility(fs.fileSystemId(), type, fs.lifecycleAsString(), deployment, linkedToS3),
                attributes);
    }

    static Resource volume(Volume volume) {
        OntapVolumeConfiguration ontap = volume.ontapConfiguration();
        String ontapType = ontap == null ? null : ontap.ontapVolumeTypeAsString();
        boolean svmRoot = ontap != null && Boolean.TRUE.equals(ontap.storageVirtualMachineRoot());
        List<Attribute> attributes = new ArrayList<>();
        add(attributes, "Volume type", volume.volumeTypeAsString());
        add(attributes, "File system", volume.fileSystemId());
        if (ontap != null) {
            add(attributes, "ONTAP volume type", ontapType);
            add(attributes, "SVM root volume", svmRoot ? "Yes" : "No");
            add(attributes, "Storage virtual machine", ontap.storageVirtualMachineId());
            add(attributes, "Junction path", ontap.junctionPath());
            add(attributes, "Size", ontap.sizeInMegabytes() == null ? null : ontap.sizeInMegabytes() + " MiB");
        }
        if (volume.openZFSConfiguration() != null) {
            add(attributes, "Volume path", volume.openZFSConfiguration().volumePath());
        }
        add(attributes, "ARN", volume.resourceARN());
        String type = ontap != null
                ? "ONTAP volume (" + ontapType + ")"
                : "OpenZFS volume";
        String name = nameTag(volume.tags());
        return new Resource(AwsService.FSX, volume.volumeId(), name.isEmpty() ? volume.name() : name, type,
                volume.lifecycleAsString(), volume.creationTime(), volume.fileSystemId(),
                FsxRules.volumeEligibility(volume.fileSystemId(), volume.volumeTypeAsString(),
                        volume.lifecycleAsString(), ontapType, svmRoot),
                attributes);
    }

    static BackupSummary backup(Backup backup) {
        String resourceId = backup.volume() != null ? backup.volume().volumeId()
                : backup.fileSystem() != null ? backup.fileSystem().fileSystemId() : null;
        String message = backup.failureDetails() != null ? backup.failureDetails().message() : null;
        return new BackupSummary(AwsService.FSX, backup.backupId(), resourceId, nameTag(backup.tags()),
                origin(backup.typeAsString()), backup.lifecycleAsString(), backup.creationTime(), backup.sizeInBytes(),
                backup.progressPercent(), message);
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
            default -> "FSx " + type;
        };
        return deployment == null ? kind : kind + " (" + deployment + ")";
    }

    /** Domain tags to SDK tags, or null for none (the model's Tags list has min 1, so an empty list is not sent). */
    static List<Tag> sdkTags(List<io.backupconsole.domain.rules.Tag> tags) {
        if (tags.isEmpty()) {
            return null;
        }
        return tags.stream().map(t -> Tag.builder().key(t.key()).value(t.value()).build()).toList();
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
        Integer days = fs.lustreConfiguration() != null ? fs.lustreConfiguration().automaticBackupRetentionDays()
                : fs.windowsConfiguration() != null ? fs.windowsConfiguration().automaticBackupRetentionDays()
                : fs.ontapConfiguration() != null ? fs.ontapConfiguration().automaticBackupRetentionDays()
                : fs.openZFSConfiguration() != null ? fs.openZFSConfiguration().automaticBackupRetentionDays()
                : null;
        if (days == null) {
            return null;
        }
        return days == 0 ? "Disabled" : days + (days == 1 ? " day" : " days");
    }

    private static String copyTags(FileSystem fs) {
        LustreFileSystemConfiguration lustre = fs.lustreConfiguration();
        Boolean copy = lustre != null ? lustre.copyTagsToBackups()
                : fs.windowsConfiguration() != null ? fs.windowsConfiguration().copyTagsToBackups()
                : fs.openZFSConfiguration() != null ? fs.openZFSConfiguration().copyTagsToBackups()
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
