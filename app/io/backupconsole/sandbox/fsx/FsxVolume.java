package io.backupconsole.sandbox.fsx;

import io.backupconsole.domain.rules.Tag;
import io.backupconsole.sandbox.SimulationContext;
import java.time.Instant;
import java.util.List;

/**
 * One simulated ONTAP or OpenZFS volume. Immutable.
 *
 * @param region           region it lives in
 * @param id               {@code fsvol-} + 17 hex digits
 * @param fileSystemId     the file system it belongs to
 * @param name             volume name
 * @param volumeType       {@code ONTAP} or {@code OPENZFS}
 * @param lifecycle        {@code CREATED}, {@code CREATING}, ...
 * @param ontapVolumeType  ONTAP: {@code RW}, {@code DP} or {@code LS}; OpenZFS: null
 * @param svmRoot          ONTAP: whether it is its storage virtual machine's root volume
 * @param svmId            ONTAP: {@code svm-} + 17 hex digits; OpenZFS: null
 * @param path             ONTAP junction path, OpenZFS volume path (null for unmounted DP volumes)
 * @param sizeInMegabytes  ONTAP size; OpenZFS quota expressed in MiB
 * @param parentVolumeId   OpenZFS: parent volume (null for the root volume); ONTAP: null
 * @param creationTime     when it was created
 * @param tags             its tags, Name first
 */
record FsxVolume(
        String region,
        String id,
        String fileSystemId,
        String name,
        String volumeType,
        String lifecycle,
        String ontapVolumeType,
        boolean svmRoot,
        String svmId,
        String path,
        long sizeInMegabytes,
        String parentVolumeId,
        Instant creationTime,
        List<Tag> tags) {

    FsxVolume {
        tags = List.copyOf(tags);
    }

    String arn() {
        return "arn:aws:fsx:" + region + ":" + SimulationContext.ACCOUNT_ID + ":volume/" + fileSystemId + "/" + id;
    }
}
