package io.backupconsole.domain.rules;

import io.backupconsole.domain.Eligibility;
import java.util.Set;

/**
 * Whether an FSx file system or volume can be backed up, from plain values (no SDK types), and why not. The sandbox
 * also needs to know which kind of refusal it is, to answer with the right error; the app only shows the reason.
 * Pure and thread-safe.
 *
 * <p>Sources: CreateBackup documentation ("For Amazon FSx for Lustre file systems, you can create a backup only for
 * file systems that have ... a Persistent deployment type ... are not linked to a data repository"; {@code VolumeId}
 * is "The ID of the FSx for ONTAP volume to back up"); ONTAP guide (backups are per volume, read-write volumes only,
 * no data-protection volumes); the OpenZFS guide (backups are of the file system). Which lifecycles accept a backup
 * is not documented: {@code AVAILABLE} file systems and {@code CREATED}/{@code AVAILABLE} volumes (assumption).
 *
 * <p>An answer may leave out any of these facts (the model requires none of them): what is not known is not held
 * against the resource, and the service decides when the backup is sent.
 */
public final class FsxEligibility {

    /** What kind of refusal, which decides the sandbox's error code. */
    public enum Refusal {
        NONE,
        /** The resource kind cannot be backed up at all (scratch or S3-linked Lustre, DP/LS or SVM-root volumes). */
        UNSUPPORTED,
        /** The backup must name another member (ONTAP: a volume; OpenZFS: the file system). */
        WRONG_TARGET,
        /** The resource is not in a state that allows a backup. */
        NOT_READY
    }

    /** A decision with the reason in words for the user. */
    public record Verdict(Refusal refusal, String reason) {
        public Eligibility eligibility() {
            return refusal == Refusal.NONE ? Eligibility.ALLOWED : Eligibility.refused(reason);
        }

        public boolean allowed() {
            return refusal == Refusal.NONE;
        }
    }

    private static final Verdict ALLOWED = new Verdict(Refusal.NONE, "");
    private static final Set<String> PERSISTENT_LUSTRE = Set.of("PERSISTENT_1", "PERSISTENT_2");
    private static final Set<String> READY_VOLUME_LIFECYCLES = Set.of("CREATED", "AVAILABLE");

    private FsxEligibility() {}

    /**
     * @param fileSystemId   the file system's id (named in the OpenZFS hint)
     * @param fileSystemType {@code WINDOWS}, {@code LUSTRE}, {@code ONTAP} or {@code OPENZFS}, or null when unknown
     * @param lifecycle      the file system's lifecycle, or null when unknown
     * @param deploymentType the per-type deployment type (Lustre: {@code SCRATCH_1} … {@code PERSISTENT_2}), or null
     * @param linkedToS3     a Lustre file system with a {@code DataRepositoryConfiguration} (S3 import/export path)
     */
    public static Verdict fileSystem(
            String fileSystemId, String fileSystemType, String lifecycle, String deploymentType, boolean linkedToS3) {
        if ("LUSTRE".equals(fileSystemType)) {
            if (deploymentType != null && deploymentType.startsWith("SCRATCH")) {
                return new Verdict(Refusal.UNSUPPORTED, "Scratch Lustre file systems cannot be backed up");
            }
            // Set.of(...).contains(null) throws: a DescribeFileSystems answer may omit the deployment type.
            if (deploymentType != null && !PERSISTENT_LUSTRE.contains(deploymentType)) {
                return new Verdict(
                        Refusal.UNSUPPORTED,
                        "Only persistent Lustre file systems can be backed up (this one is " + deploymentType + ")");
            }
            if (linkedToS3) {
                return new Verdict(
                        Refusal.UNSUPPORTED, "Lustre file systems linked to an S3 data repository cannot be backed up");
            }
        }
        if ("ONTAP".equals(fileSystemType)) {
            return new Verdict(Refusal.WRONG_TARGET, "ONTAP backups are per volume: back up one of its volumes");
        }
        if (lifecycle != null && !"AVAILABLE".equals(lifecycle)) {
            return new Verdict(Refusal.NOT_READY, "File system is " + lifecycle);
        }
        return ALLOWED;
    }

    /**
     * @param fileSystemId              the volume's file system (named in the OpenZFS hint)
     * @param volumeType                {@code ONTAP} or {@code OPENZFS}, or null when unknown
     * @param lifecycle                 the volume's lifecycle, or null when unknown
     * @param ontapVolumeType           {@code RW}, {@code DP} or {@code LS} for ONTAP volumes, else null
     * @param storageVirtualMachineRoot whether the ONTAP volume is its SVM's root volume
     */
    public static Verdict volume(
            String fileSystemId,
            String volumeType,
            String lifecycle,
            String ontapVolumeType,
            boolean storageVirtualMachineRoot) {
        if ("OPENZFS".equals(volumeType)) {
            return new Verdict(
                    Refusal.WRONG_TARGET, "OpenZFS backups cover the whole file system: back up " + fileSystemId);
        }
        if ("DP".equals(ontapVolumeType)) {
            return new Verdict(
                    Refusal.UNSUPPORTED, "Data-protection volume: only read-write (RW) volumes can be backed up");
        }
        if ("LS".equals(ontapVolumeType)) {
            return new Verdict(
                    Refusal.UNSUPPORTED, "Load-sharing mirror volume: only read-write (RW) volumes can be backed up");
        }
        if (storageVirtualMachineRoot) {
            return new Verdict(Refusal.UNSUPPORTED, "SVM root volume: back up the SVM's data volumes instead");
        }
        // Lifecycle is not a required member of the model's Volume shape; Set.of(...).contains(null) would throw.
        if (lifecycle != null && !READY_VOLUME_LIFECYCLES.contains(lifecycle)) {
            return new Verdict(Refusal.NOT_READY, "Volume is " + lifecycle);
        }
        return ALLOWED;
    }
}
