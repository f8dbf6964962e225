package io.backupconsole.sandbox.fsx;

import io.backupconsole.domain.rules.Tag;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.support.SimulatedRun;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed data: us-east-1 has one file system of every kind that matters for backups (including the ones that cannot
 * be backed up) with existing automatic, user-initiated and AWS Backup backups; eu-west-1 has a smaller, different set;
 * every other region starts empty. Ids are fixed so tests and people can name them.
 */
final class FsxSeed {
    static final String WINDOWS = "fs-0a1b2c3d4e5f60001";
    static final String LUSTRE_PERSISTENT = "fs-0a1b2c3d4e5f60002";
    static final String LUSTRE_SCRATCH = "fs-0a1b2c3d4e5f60003";
    static final String LUSTRE_S3 = "fs-0a1b2c3d4e5f60004";
    static final String ONTAP = "fs-0a1b2c3d4e5f60005";
    static final String ONTAP_RW = "fsvol-0a1b2c3d4e5f60051";
    static final String ONTAP_DP = "fsvol-0a1b2c3d4e5f60052";
    static final String ONTAP_SVM_ROOT = "fsvol-0a1b2c3d4e5f60053";
    static final String OPENZFS = "fs-0a1b2c3d4e5f60006";
    static final String OPENZFS_ROOT = "fsvol-0a1b2c3d4e5f60061";
    static final String OPENZFS_CHILD = "fsvol-0a1b2c3d4e5f60062";
    static final String WINDOWS_CREATING = "fs-0a1b2c3d4e5f60007";
    static final String EU_WINDOWS = "fs-0b1c2d3e4f5a60001";
    static final String EU_OPENZFS = "fs-0b1c2d3e4f5a60002";
    static final String EU_OPENZFS_ROOT = "fsvol-0b1c2d3e4f5a60021";

    private static final String SVM = "svm-0a1b2c3d4e5f60050";
    private static final String FAILED_MESSAGE =
            "Amazon FSx could not finish the backup because the file system was unavailable during the backup window.";

    private FsxSeed() {}

    static FsxRegion forRegion(String region, Instant now) {
        FsxRegion state = new FsxRegion();
        switch (region) {
            case "us-east-1" -> seedUsEast1(state, region, now);
            case "eu-west-1" -> seedEuWest1(state, region, now);
            default -> {}
        }
        return state;
    }

    private static void seedUsEast1(FsxRegion s, String r, Instant now) {
        Instant old = now.minus(Duration.ofDays(120));
        String key = kmsKey(r, "1f2e3d4c-5b6a-4789-8abc-def012345678");
        FsxFileSystem windows = new FsxFileSystem(
                r,
                WINDOWS,
                "WINDOWS",
                "AVAILABLE",
                "MULTI_AZ_1",
                2048,
                "SSD",
                old,
                named("corp-shares", "Environment", "production"),
                null,
                7,
                true,
                64,
                null,
                key);
        FsxFileSystem lustre = new FsxFileSystem(
                r,
                LUSTRE_PERSISTENT,
                "LUSTRE",
                "AVAILABLE",
                "PERSISTENT_2",
                2400,
                "SSD",
                old.plus(Duration.ofDays(10)),
                named("ml-training", "Team", "research"),
                null,
                14,
                true,
                250,
                null,
                key);
        s.add(windows);
        s.add(lustre);
        s.add(new FsxFileSystem(
                r,
                LUSTRE_SCRATCH,
                "LUSTRE",
                "AVAILABLE",
                "SCRATCH_2",
                1200,
                "SSD",
                now.minus(Duration.ofDays(3)),
                named("render-scratch", "Team", "media"),
                null,
                0,
                false,
                0,
                null,
                key));
        s.add(new FsxFileSystem(
                r,
                LUSTRE_S3,
                "LUSTRE",
                "AVAILABLE",
                "PERSISTENT_1",
                4800,
                "HDD",
                old.plus(Duration.ofDays(30)),
                named("genomics-s3", "Team", "genomics"),
                "s3://genomics-raw-data",
                7,
                false,
                40,
                null,
                key));
        FsxFileSystem ontap = new FsxFileSystem(
                r,
                ONTAP,
                "ONTAP",
                "AVAILABLE",
                "MULTI_AZ_1",
                1024,
                "SSD",
                old.plus(Duration.ofDays(40)),
                named("netapp-prod", "Environment", "production"),
                null,
                30,
                false,
                512,
                null,
                key);
        s.add(ontap);
        FsxVolume appData = ontapVolume(r, ONTAP_RW, "app_data", "RW", false, "/app_data", 512_000, old);
        s.add(appData);
        s.add(ontapVolume(r, ONTAP_DP, "app_data_dr", "DP", false, null, 512_000, old));
        s.add(ontapVolume(r, ONTAP_SVM_ROOT, "svm_prod_root", "RW", true, "/", 1_024, old));
        FsxFileSystem zfs = new FsxFileSystem(
                r,
                OPENZFS,
                "OPENZFS",
                "AVAILABLE",
                "SINGLE_AZ_2",
                512,
                "SSD",
                old.plus(Duration.ofDays(60)),
                named("zfs-home", "Environment", "staging"),
                null,
                7,
                true,
                320,
                OPENZFS_ROOT,
                key);
        s.add(zfs);
        s.add(zfsVolume(r, OPENZFS_ROOT, OPENZFS, "fsx", null, "/fsx", 0, zfs.creationTime()));
        s.add(zfsVolume(
                r,
                OPENZFS_CHILD,
                OPENZFS,
                "projects",
                OPENZFS_ROOT,
                "/fsx/projects",
                100 * 1024L,
                zfs.creationTime().plus(Duration.ofDays(1))));
        s.add(new FsxFileSystem(
                r,
                WINDOWS_CREATING,
                "WINDOWS",
                "CREATING",
                "SINGLE_AZ_2",
                32,
                "SSD",
                now.minus(Duration.ofMinutes(12)),
                named("finance-new", "Team", "finance"),
                null,
                7,
                true,
                32,
                null,
                key));

        s.add(backup(
                r,
                "backup-0a1b2c3d4e5f61001",
                "AUTOMATIC",
                windows,
                null,
                windows.tags(),
                now.minus(Duration.ofHours(20)),
                false,
                612L << 30));
        s.add(backup(
                r,
                "backup-0a1b2c3d4e5f61002",
                "USER_INITIATED",
                windows,
                null,
                named("before-migration", "Ticket", "OPS-4411"),
                now.minus(Duration.ofDays(3)),
                false,
                598L << 30));
        s.add(backup(
                r,
                "backup-0a1b2c3d4e5f61003",
                "AWS_BACKUP",
                lustre,
                null,
                named("daily-plan-ml", "Plan", "daily"),
                now.minus(Duration.ofDays(2)),
                false,
                1_450L << 30));
        s.add(backup(
                r,
                "backup-0a1b2c3d4e5f61004",
                "USER_INITIATED",
                lustre,
                null,
                named("pre-upgrade"),
                now.minus(Duration.ofDays(5)),
                true,
                0));
        s.add(backup(
                r,
                "backup-0a1b2c3d4e5f61005",
                "AUTOMATIC",
                ontap,
                appData,
                named("app_data"),
                now.minus(Duration.ofHours(26)),
                false,
                301L << 30));
        s.add(backup(
                r,
                "backup-0a1b2c3d4e5f61006",
                "USER_INITIATED",
                zfs,
                null,
                named("home-weekly"),
                now.minus(Duration.ofHours(6)),
                false,
                210L << 30));
    }

    private static void seedEuWest1(FsxRegion s, String r, Instant now) {
        Instant old = now.minus(Duration.ofDays(200));
        String key = kmsKey(r, "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d");
        FsxFileSystem windows = new FsxFileSystem(
                r,
                EU_WINDOWS,
                "WINDOWS",
                "AVAILABLE",
                "SINGLE_AZ_1",
                300,
                "HDD",
                old,
                named("eu-file-share", "Environment", "production"),
                null,
                30,
                false,
                16,
                null,
                key);
        s.add(windows);
        FsxFileSystem zfs = new FsxFileSystem(
                r,
                EU_OPENZFS,
                "OPENZFS",
                "AVAILABLE",
                "SINGLE_AZ_1",
                128,
                "SSD",
                old.plus(Duration.ofDays(20)),
                named("eu-zfs-data"),
                null,
                7,
                true,
                64,
                EU_OPENZFS_ROOT,
                key);
        s.add(zfs);
        s.add(zfsVolume(r, EU_OPENZFS_ROOT, EU_OPENZFS, "fsx", null, "/fsx", 0, zfs.creationTime()));
        s.add(backup(
                r,
                "backup-0b1c2d3e4f5a61001",
                "AUTOMATIC",
                windows,
                null,
                List.of(),
                now.minus(Duration.ofHours(10)),
                false,
                88L << 30));
    }

    private static FsxVolume ontapVolume(
            String r,
            String id,
            String name,
            String ontapType,
            boolean svmRoot,
            String junction,
            long sizeMb,
            Instant created) {
        return new FsxVolume(
                r,
                id,
                ONTAP,
                name,
                "ONTAP",
                "CREATED",
                ontapType,
                svmRoot,
                SVM,
                junction,
                sizeMb,
                null,
                created.plus(Duration.ofDays(1)),
                named(name));
    }

    private static FsxVolume zfsVolume(
            String r,
            String id,
            String fileSystemId,
            String name,
            String parent,
            String path,
            long quotaMb,
            Instant created) {
        return new FsxVolume(
                r,
                id,
                fileSystemId,
                name,
                "OPENZFS",
                "AVAILABLE",
                null,
                false,
                null,
                path,
                quotaMb,
                parent,
                created,
                named(name));
    }

    /** A finished seeded backup: its run ended long before the sandbox started. */
    private static FsxBackup backup(
            String r,
            String id,
            String type,
            FsxFileSystem fileSystem,
            FsxVolume volume,
            List<Tag> tags,
            Instant created,
            boolean failed,
            long size) {
        SimulatedRun run = new SimulatedRun(created, Duration.ofMinutes(14), failed);
        return new FsxBackup(r, id, type, fileSystem, volume, tags, run, false, size, failed ? FAILED_MESSAGE : null);
    }

    private static List<Tag> named(String name, String... keyValues) {
        List<Tag> tags = new ArrayList<>(List.of(new Tag("Name", name)));
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            tags.add(new Tag(keyValues[i], keyValues[i + 1]));
        }
        return tags;
    }

    private static String kmsKey(String region, String keyId) {
        return "arn:aws:kms:" + region + ":" + SimulationContext.ACCOUNT_ID + ":key/" + keyId;
    }
}
