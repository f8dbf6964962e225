package io.backupconsole.sandbox.fsx;

import io.backupconsole.domain.rules.Tag;
import io.backupconsole.sandbox.SimulationContext;
import java.time.Instant;
import java.util.List;

/**
 * One simulated FSx file system. Immutable: a backup keeps the instance it was made from as its copy of the
 * file-system description ("persisted even if the file system is deleted").
 *
 * @param region                 region it lives in (part of its ARN)
 * @param id                     {@code fs-} + 17 hex digits
 * @param type                   {@code WINDOWS}, {@code LUSTRE}, {@code ONTAP}, {@code OPENZFS}
 * @param lifecycle              {@code AVAILABLE}, {@code CREATING}, {@code UPDATING}, ...
 * @param deploymentType         the per-type configuration's deployment type
 * @param storageCapacityGiB     storage capacity in GiB
 * @param storageType            {@code SSD} or {@code HDD}
 * @param creationTime           when it was created
 * @param tags                   its tags, Name first
 * @param s3ImportPath           Lustre only: the linked S3 repository ({@code DataRepositoryConfiguration}), or null
 * @param automaticBackupRetentionDays 0..90, 0 disables automatic backups
 * @param copyTagsToBackups      whether backups without explicit tags get the file system's tags (not ONTAP: per volume)
 * @param throughputMBps         throughput capacity (Windows, ONTAP, OpenZFS) or per-unit throughput (persistent Lustre)
 * @param rootVolumeId           OpenZFS only: the root volume, else null
 * @param kmsKeyId               the KMS key ARN of its data and backups
 */
record FsxFileSystem(
        String region,
        String id,
        String type,
        String lifecycle,
        String deploymentType,
        int storageCapacityGiB,
        String storageType,
        Instant creationTime,
        List<Tag> tags,
        String s3ImportPath,
        int automaticBackupRetentionDays,
        boolean copyTagsToBackups,
        int throughputMBps,
        String rootVolumeId,
        String kmsKeyId) {

    FsxFileSystem {
        tags = List.copyOf(tags);
    }

    String arn() {
        return "arn:aws:fsx:" + region + ":" + SimulationContext.ACCOUNT_ID + ":file-system/" + id;
    }

    boolean linkedToS3() {
        return s3ImportPath != null;
    }
}
