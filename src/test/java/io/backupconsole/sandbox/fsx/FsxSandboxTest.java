package io.backupconsole.sandbox.fsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.testsupport.SandboxFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.fsx.FSxClient;
import software.amazon.awssdk.services.fsx.model.Backup;
import software.amazon.awssdk.services.fsx.model.BackupInProgressException;
import software.amazon.awssdk.services.fsx.model.BackupLifecycle;
import software.amazon.awssdk.services.fsx.model.BackupNotFoundException;
import software.amazon.awssdk.services.fsx.model.BackupType;
import software.amazon.awssdk.services.fsx.model.BadRequestException;
import software.amazon.awssdk.services.fsx.model.CreateBackupResponse;
import software.amazon.awssdk.services.fsx.model.DeleteBackupResponse;
import software.amazon.awssdk.services.fsx.model.DescribeFileSystemsResponse;
import software.amazon.awssdk.services.fsx.model.FileSystem;
import software.amazon.awssdk.services.fsx.model.FileSystemNotFoundException;
import software.amazon.awssdk.services.fsx.model.FileSystemType;
import software.amazon.awssdk.services.fsx.model.Filter;
import software.amazon.awssdk.services.fsx.model.FilterName;
import software.amazon.awssdk.services.fsx.model.IncompatibleParameterErrorException;
import software.amazon.awssdk.services.fsx.model.ResourceType;
import software.amazon.awssdk.services.fsx.model.Tag;
import software.amazon.awssdk.services.fsx.model.UnsupportedOperationException;
import software.amazon.awssdk.services.fsx.model.Volume;
import software.amazon.awssdk.services.fsx.model.VolumeFilter;
import software.amazon.awssdk.services.fsx.model.VolumeFilterName;
import software.amazon.awssdk.services.fsx.model.VolumeNotFoundException;

/** Every FSx operation through the real SDK v2 client over HTTP: listing, backups, idempotency and errors. */
class FsxSandboxTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    /**
     * Real time must not move backups on while a test looks at a running one: at the fixture's 600x a backup can
     * finish between two calls. At 1x only {@code clock().advance(...)} moves them (runs take 20 s .. 3 min).
     */
    @BeforeEach
    void onlyTheTestMovesTime() {
        sandbox.configure(c -> c.withTimeScale(1.0));
    }

    private static FSxClient fsx() {
        return sandbox.clients().fsx();
    }

    private static void finishRunningBackups() {
        sandbox.server().clock().advance(Duration.ofMinutes(10));
    }

    private static List<Backup> backupsOf(String fileSystemId) {
        return fsx()
                .describeBackupsPaginator(b -> b.filters(Filter.builder()
                        .name(FilterName.FILE_SYSTEM_ID)
                        .values(fileSystemId)
                        .build()))
                .stream()
                .flatMap(p -> p.backups().stream())
                .toList();
    }

    private static Backup describe(String backupId) {
        return fsx().describeBackups(b -> b.backupIds(backupId)).backups().get(0);
    }

    // ---- DescribeFileSystems ----

    @Test
    void seedsTwoRegionsDifferentlyAndLeavesOthersEmpty() {
        List<FileSystem> east = fsx().describeFileSystems(b -> {}).fileSystems();
        assertEquals(7, east.size());
        assertEquals(
                Set.of(FileSystemType.WINDOWS, FileSystemType.LUSTRE, FileSystemType.ONTAP, FileSystemType.OPENZFS),
                east.stream().map(FileSystem::fileSystemType).collect(Collectors.toSet()));
        List<FileSystem> west =
                sandbox.clients("eu-west-1").fsx().describeFileSystems(b -> {}).fileSystems();
        assertEquals(
                List.of(FsxSeed.EU_WINDOWS, FsxSeed.EU_OPENZFS),
                west.stream().map(FileSystem::fileSystemId).toList());
        assertTrue(west.get(0).resourceARN().startsWith("arn:aws:fsx:eu-west-1:123456789012:file-system/fs-"));
        assertTrue(sandbox.clients("ap-southeast-2")
                .fsx()
                .describeFileSystems(b -> {})
                .fileSystems()
                .isEmpty());
    }

    @Test
    void describesFileSystemsWithTheirConfiguration() {
        FileSystem lustre = fsx().describeFileSystems(b -> b.fileSystemIds(FsxSeed.LUSTRE_S3))
                .fileSystems()
                .get(0);
        assertEquals("PERSISTENT_1", lustre.lustreConfiguration().deploymentTypeAsString());
        assertEquals(
                "s3://genomics-raw-data",
                lustre.lustreConfiguration().dataRepositoryConfiguration().importPath());
        assertEquals("arn:aws:fsx:us-east-1:123456789012:file-system/" + FsxSeed.LUSTRE_S3, lustre.resourceARN());
        assertEquals("123456789012", lustre.ownerId());
        assertNotNull(lustre.creationTime());
        assertEquals("genomics-s3", lustre.tags().get(0).value());
        FileSystem windows = fsx().describeFileSystems(b -> b.fileSystemIds(FsxSeed.WINDOWS))
                .fileSystems()
                .get(0);
        assertEquals("MULTI_AZ_1", windows.windowsConfiguration().deploymentTypeAsString());
        assertEquals(7, windows.windowsConfiguration().automaticBackupRetentionDays());
        assertTrue(windows.windowsConfiguration().copyTagsToBackups());
        assertEquals(2048, windows.storageCapacity());
        FileSystem zfs = fsx().describeFileSystems(b -> b.fileSystemIds(FsxSeed.OPENZFS))
                .fileSystems()
                .get(0);
        assertEquals(FsxSeed.OPENZFS_ROOT, zfs.openZFSConfiguration().rootVolumeId());
        FileSystem creating = fsx().describeFileSystems(b -> b.fileSystemIds(FsxSeed.WINDOWS_CREATING))
                .fileSystems()
                .get(0);
        assertEquals("CREATING", creating.lifecycleAsString());
    }

    @Test
    void unknownFileSystemIdFailsTheCall() {
        assertThrows(
                FileSystemNotFoundException.class,
                () -> fsx().describeFileSystems(b -> b.fileSystemIds(FsxSeed.WINDOWS, "fs-0fffffffffffffff0")));
        BadRequestException bad = assertThrows(
                BadRequestException.class, () -> fsx().describeFileSystems(b -> b.fileSystemIds("fs-XYZ")));
        assertTrue(bad.awsErrorDetails().errorMessage().contains("FileSystemIds[0]"), bad.getMessage());
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            tooMany.add(String.format("fs-%017x", i));
        }
        assertThrows(BadRequestException.class, () -> fsx().describeFileSystems(b -> b.fileSystemIds(tooMany)));
    }

    @Test
    void pagesThroughFileSystemsAndRefusesBadTokens() {
        Set<String> seen = new HashSet<>();
        String token = null;
        int pages = 0;
        do {
            String current = token;
            DescribeFileSystemsResponse page =
                    fsx().describeFileSystems(b -> b.maxResults(2).nextToken(current));
            assertTrue(page.fileSystems().size() <= 2);
            page.fileSystems().forEach(fs -> assertTrue(seen.add(fs.fileSystemId())));
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertEquals(7, seen.size());
        assertEquals(4, pages);
        assertThrows(BadRequestException.class, () -> fsx().describeFileSystems(b -> b.nextToken("bm90LWEtdG9rZW4=")));
        assertThrows(BadRequestException.class, () -> fsx().describeFileSystems(b -> b.nextToken("not base64!")));
        assertThrows(BadRequestException.class, () -> fsx().describeFileSystems(b -> b.maxResults(0)));
    }

    // ---- DescribeVolumes ----

    @Test
    void describesVolumesWithFiltersAndPages() {
        List<Volume> all = fsx().describeVolumesPaginator(b -> b.maxResults(1)).volumes().stream()
                .toList();
        assertEquals(5, all.size());
        List<Volume> ontap = fsx().describeVolumes(b -> b.filters(VolumeFilter.builder()
                        .name(VolumeFilterName.FILE_SYSTEM_ID)
                        .values(FsxSeed.ONTAP)
                        .build()))
                .volumes();
        assertEquals(
                List.of(FsxSeed.ONTAP_RW, FsxSeed.ONTAP_DP, FsxSeed.ONTAP_SVM_ROOT),
                ontap.stream().map(Volume::volumeId).toList());
        assertEquals("DP", ontap.get(1).ontapConfiguration().ontapVolumeTypeAsString());
        assertTrue(ontap.get(2).ontapConfiguration().storageVirtualMachineRoot());
        List<Volume> bySvm = fsx().describeVolumes(b -> b.filters(VolumeFilter.builder()
                        .name(VolumeFilterName.STORAGE_VIRTUAL_MACHINE_ID)
                        .values("svm-0a1b2c3d4e5f60050")
                        .build()))
                .volumes();
        assertEquals(3, bySvm.size());
        Volume child = fsx().describeVolumes(b -> b.volumeIds(FsxSeed.OPENZFS_CHILD))
                .volumes()
                .get(0);
        assertEquals(FsxSeed.OPENZFS_ROOT, child.openZFSConfiguration().parentVolumeId());
        assertEquals("OPENZFS", child.volumeTypeAsString());
    }

    @Test
    void volumeErrors() {
        assertThrows(
                VolumeNotFoundException.class,
                () -> fsx().describeVolumes(b -> b.volumeIds("fsvol-0fffffffffffffff0")));
        assertThrows(BadRequestException.class, () -> fsx().describeVolumes(b -> b.volumeIds("fsvol-1")));
        assertThrows(
                BadRequestException.class,
                () -> fsx().describeVolumes(b -> b.filters(VolumeFilter.builder()
                        .name("volume-type")
                        .values("ONTAP")
                        .build())));
        assertThrows(
                BadRequestException.class,
                () -> fsx().describeVolumes(b -> b.filters(VolumeFilter.builder()
                        .name(VolumeFilterName.FILE_SYSTEM_ID)
                        .values("fs;1")
                        .build())));
        assertThrows(BadRequestException.class, () -> fsx().describeVolumes(b -> b.nextToken("cGFnZTo5OQ==")));
    }

    // ---- CreateBackup and its progression ----

    @Test
    void createsAWindowsBackupThatCompletes() {
        Backup created = fsx().createBackup(b -> b.fileSystemId(FsxSeed.WINDOWS)
                        .tags(Tag.builder().key("Name").value("nightly").build()))
                .backup();
        assertTrue(created.backupId().matches("backup-[0-9a-f]{17}"), created.backupId());
        assertEquals(BackupLifecycle.CREATING, created.lifecycle());
        assertEquals(BackupType.USER_INITIATED, created.type());
        assertEquals(ResourceType.FILE_SYSTEM, created.resourceType());
        assertEquals(FsxSeed.WINDOWS, created.fileSystem().fileSystemId());
        assertEquals("MULTI_AZ_1", created.fileSystem().windowsConfiguration().deploymentTypeAsString());
        assertEquals("arn:aws:fsx:us-east-1:123456789012:backup/" + created.backupId(), created.resourceARN());
        assertEquals("123456789012", created.ownerId());
        assertEquals(List.of(Tag.builder().key("Name").value("nightly").build()), created.tags());
        assertNotNull(created.kmsKeyId());
        assertNull(created.volume());
        assertTrue(created.progressPercent() >= 0 && created.progressPercent() < 100);

        finishRunningBackups();
        Backup done = describe(created.backupId());
        assertEquals(BackupLifecycle.AVAILABLE, done.lifecycle());
        assertEquals(100, done.progressPercent());
        assertTrue(done.sizeInBytes() > 0);
    }

    @Test
    void copiesFileSystemTagsWhenNoneAreGiven() {
        Backup created =
                fsx().createBackup(b -> b.fileSystemId(FsxSeed.WINDOWS)).backup();
        assertEquals("corp-shares", created.tags().get(0).value());
        Backup untagged = fsx().createBackup(b -> b.fileSystemId(FsxSeed.LUSTRE_PERSISTENT))
                .backup();
        assertEquals("ml-training", untagged.tags().get(0).value());
    }

    @Test
    void userLustreBackupPassesPendingCreatingTransferring() {
        Backup created = fsx().createBackup(b -> b.fileSystemId(FsxSeed.LUSTRE_PERSISTENT))
                .backup();
        assertEquals(BackupLifecycle.PENDING, created.lifecycle());
        List<BackupLifecycle> seen = new ArrayList<>(List.of(created.lifecycle()));
        int lastPercent = created.progressPercent();
        for (int second = 0; second < 200 && seen.getLast() != BackupLifecycle.AVAILABLE; second++) {
            sandbox.server().clock().advance(Duration.ofSeconds(1));
            Backup now = describe(created.backupId());
            if (now.lifecycle() != seen.getLast()) {
                seen.add(now.lifecycle());
            }
            assertTrue(now.progressPercent() >= lastPercent, "progress never goes back");
            lastPercent = now.progressPercent();
        }
        assertEquals(
                List.of(
                        BackupLifecycle.PENDING,
                        BackupLifecycle.CREATING,
                        BackupLifecycle.TRANSFERRING,
                        BackupLifecycle.AVAILABLE),
                seen);
        assertEquals(100, lastPercent);
    }

    @Test
    void backsUpOntapVolumesAndOpenZfsFileSystems() {
        Backup volume = fsx().createBackup(b -> b.volumeId(FsxSeed.ONTAP_RW)).backup();
        assertEquals(ResourceType.VOLUME, volume.resourceType());
        assertEquals(FsxSeed.ONTAP_RW, volume.volume().volumeId());
        assertEquals(FsxSeed.ONTAP, volume.fileSystem().fileSystemId());
        assertEquals(BackupLifecycle.CREATING, volume.lifecycle());
        Backup zfs = fsx().createBackup(b -> b.fileSystemId(FsxSeed.OPENZFS)).backup();
        assertEquals(ResourceType.FILE_SYSTEM, zfs.resourceType());
    }

    @Test
    void failedRunsEndFailedWithDetails() {
        sandbox.configure(c -> c.withBackupFailureRate(1.0));
        Backup created =
                fsx().createBackup(b -> b.fileSystemId(FsxSeed.OPENZFS)).backup();
        assertEquals(BackupLifecycle.CREATING, created.lifecycle());
        finishRunningBackups();
        Backup failed = describe(created.backupId());
        assertEquals(BackupLifecycle.FAILED, failed.lifecycle());
        assertFalse(failed.failureDetails().message().isBlank());
        assertNull(failed.sizeInBytes());
    }

    @Test
    void refusesWhatCannotBeBackedUp() {
        UnsupportedOperationException scratch = assertThrows(
                UnsupportedOperationException.class,
                () -> fsx().createBackup(b -> b.fileSystemId(FsxSeed.LUSTRE_SCRATCH)));
        assertTrue(
                scratch.awsErrorDetails().errorMessage().startsWith("Scratch Lustre file systems cannot be backed up"));
        UnsupportedOperationException linked = assertThrows(
                UnsupportedOperationException.class, () -> fsx().createBackup(b -> b.fileSystemId(FsxSeed.LUSTRE_S3)));
        assertTrue(linked.awsErrorDetails().errorMessage().contains("S3 data repository"));
        BadRequestException ontap =
                assertThrows(BadRequestException.class, () -> fsx().createBackup(b -> b.fileSystemId(FsxSeed.ONTAP)));
        assertTrue(ontap.awsErrorDetails().errorMessage().contains("use VolumeId"), ontap.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> fsx().createBackup(b -> b.volumeId(FsxSeed.ONTAP_DP)));
        assertThrows(
                UnsupportedOperationException.class, () -> fsx().createBackup(b -> b.volumeId(FsxSeed.ONTAP_SVM_ROOT)));
        BadRequestException zfsVolume = assertThrows(
                BadRequestException.class, () -> fsx().createBackup(b -> b.volumeId(FsxSeed.OPENZFS_CHILD)));
        assertTrue(zfsVolume.awsErrorDetails().errorMessage().contains("back up " + FsxSeed.OPENZFS));
        BadRequestException creating = assertThrows(
                BadRequestException.class, () -> fsx().createBackup(b -> b.fileSystemId(FsxSeed.WINDOWS_CREATING)));
        assertTrue(creating.awsErrorDetails().errorMessage().contains("File system is CREATING"));
        assertThrows(
                FileSystemNotFoundException.class,
                () -> fsx().createBackup(b -> b.fileSystemId("fs-0fffffffffffffff0")));
        assertThrows(
                VolumeNotFoundException.class, () -> fsx().createBackup(b -> b.volumeId("fsvol-0fffffffffffffff0")));
    }

    @Test
    void validatesCreateBackupInput() {
        assertThrows(BadRequestException.class, () -> fsx().createBackup(b -> {}));
        assertThrows(
                BadRequestException.class,
                () -> fsx().createBackup(b -> b.fileSystemId(FsxSeed.WINDOWS).volumeId(FsxSeed.ONTAP_RW)));
        assertThrows(BadRequestException.class, () -> fsx().createBackup(b -> b.fileSystemId("fs-1")));
        assertThrows(BadRequestException.class, () -> fsx().createBackup(b -> b.volumeId("fsvol-0a1b2c3d4e5f6005")));
        BadRequestException token = assertThrows(
                BadRequestException.class,
                () -> fsx().createBackup(b -> b.fileSystemId(FsxSeed.WINDOWS).clientRequestToken("has spaces")));
        assertTrue(token.awsErrorDetails().errorMessage().startsWith("ClientRequestToken"));
        assertThrows(
                BadRequestException.class,
                () -> fsx().createBackup(b -> b.fileSystemId(FsxSeed.WINDOWS).clientRequestToken("t".repeat(64))));
        assertThrows(
                BadRequestException.class,
                () -> fsx().createBackup(b -> b.fileSystemId(FsxSeed.WINDOWS).tags(List.of())));
        BadRequestException key = assertThrows(
                BadRequestException.class,
                () -> fsx().createBackup(b -> b.fileSystemId(FsxSeed.WINDOWS)
                        .tags(Tag.builder().key("k".repeat(129)).value("v").build())));
        assertTrue(key.awsErrorDetails().errorMessage().startsWith("Tags[0].Key"));
        assertThrows(
                BadRequestException.class,
                () -> fsx().createBackup(b -> b.fileSystemId(FsxSeed.WINDOWS)
                        .tags(Tag.builder().key("Name").value("semi;colon").build())));
        List<Tag> tooMany = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            tooMany.add(Tag.builder().key("k" + i).value("v").build());
        }
        assertThrows(
                BadRequestException.class,
                () -> fsx().createBackup(b -> b.fileSystemId(FsxSeed.WINDOWS).tags(tooMany)));
        assertEquals(2, backupsOf(FsxSeed.WINDOWS).size(), "nothing was created");
    }

    @Test
    void oneBackupAtATimePerResource() {
        fsx().createBackup(b -> b.fileSystemId(FsxSeed.WINDOWS));
        assertThrows(BackupInProgressException.class, () -> fsx().createBackup(b -> b.fileSystemId(FsxSeed.WINDOWS)));
        fsx().createBackup(b -> b.fileSystemId(FsxSeed.OPENZFS));
        finishRunningBackups();
        fsx().createBackup(b -> b.fileSystemId(FsxSeed.WINDOWS));
        assertEquals(4, backupsOf(FsxSeed.WINDOWS).size());
    }

    // ---- idempotency ----

    @Test
    void retryWithTheSameTokenReturnsTheSameBackup() {
        int before = backupsOf(FsxSeed.WINDOWS).size();
        CreateBackupResponse first = fsx().createBackup(b -> b.fileSystemId(FsxSeed.WINDOWS)
                .clientRequestToken("click-1")
                .tags(
                        Tag.builder().key("Name").value("n").build(),
                        Tag.builder().key("Team").value("a").build()));
        CreateBackupResponse retry = fsx().createBackup(b -> b.fileSystemId(FsxSeed.WINDOWS)
                .clientRequestToken("click-1")
                .tags(
                        Tag.builder().key("Team").value("a").build(),
                        Tag.builder().key("Name").value("n").build()));
        assertEquals(first.backup().backupId(), retry.backup().backupId());
        assertEquals(before + 1, backupsOf(FsxSeed.WINDOWS).size());
        finishRunningBackups();
        Backup later = fsx().createBackup(b -> b.fileSystemId(FsxSeed.WINDOWS)
                        .clientRequestToken("click-1")
                        .tags(
                                Tag.builder().key("Name").value("n").build(),
                                Tag.builder().key("Team").value("a").build()))
                .backup();
        assertEquals(first.backup().backupId(), later.backupId());
        assertEquals(BackupLifecycle.AVAILABLE, later.lifecycle());
        assertEquals(before + 1, backupsOf(FsxSeed.WINDOWS).size());
    }

    @Test
    void sameTokenWithOtherParametersIsIncompatible() {
        fsx().createBackup(b -> b.fileSystemId(FsxSeed.WINDOWS).clientRequestToken("click-2"));
        IncompatibleParameterErrorException otherFileSystem = assertThrows(
                IncompatibleParameterErrorException.class,
                () -> fsx().createBackup(b -> b.fileSystemId(FsxSeed.OPENZFS).clientRequestToken("click-2")));
        assertEquals("FileSystemId", otherFileSystem.parameter());
        IncompatibleParameterErrorException otherTags = assertThrows(
                IncompatibleParameterErrorException.class,
                () -> fsx().createBackup(b -> b.fileSystemId(FsxSeed.WINDOWS)
                        .clientRequestToken("click-2")
                        .tags(Tag.builder().key("Name").value("x").build())));
        assertEquals("Tags", otherTags.parameter());
        IncompatibleParameterErrorException volume = assertThrows(
                IncompatibleParameterErrorException.class,
                () -> fsx().createBackup(b -> b.volumeId(FsxSeed.ONTAP_RW).clientRequestToken("click-2")));
        assertEquals("FileSystemId", volume.parameter());
    }

    @Test
    void tokensAreRememberedPerRegion() {
        String east = fsx().createBackup(b -> b.fileSystemId(FsxSeed.WINDOWS).clientRequestToken("click-3"))
                .backup()
                .backupId();
        String west = sandbox.clients("eu-west-1")
                .fsx()
                .createBackup(b -> b.fileSystemId(FsxSeed.EU_WINDOWS).clientRequestToken("click-3"))
                .backup()
                .backupId();
        assertNotEquals(east, west);
    }

    // ---- DescribeBackups ----

    @Test
    void oneUnknownIdPoisonsTheWholeBatch() {
        List<Backup> found = fsx().describeBackups(
                        b -> b.backupIds("backup-0a1b2c3d4e5f61001", "backup-0a1b2c3d4e5f61003"))
                .backups();
        assertEquals(2, found.size());
        BackupNotFoundException poisoned = assertThrows(
                BackupNotFoundException.class,
                () -> fsx().describeBackups(b -> b.backupIds("backup-0a1b2c3d4e5f61001", "backup-0fffffffffffffff0")));
        assertTrue(poisoned.awsErrorDetails().errorMessage().contains("backup-0fffffffffffffff0"));
        assertThrows(BadRequestException.class, () -> fsx().describeBackups(b -> b.backupIds("backup-1")));
    }

    @Test
    void idsOverrideFilters() {
        List<Backup> found = fsx().describeBackups(b -> b.backupIds("backup-0a1b2c3d4e5f61001")
                        .filters(Filter.builder()
                                .name(FilterName.BACKUP_TYPE)
                                .values("AWS_BACKUP")
                                .build()))
                .backups();
        assertEquals("backup-0a1b2c3d4e5f61001", found.get(0).backupId());
    }

    @Test
    void filtersBackups() {
        assertEquals(
                List.of("backup-0a1b2c3d4e5f61003"),
                ids(Filter.builder()
                        .name(FilterName.BACKUP_TYPE)
                        .values("AWS_BACKUP")
                        .build()));
        assertEquals(
                2,
                ids(Filter.builder()
                                .name(FilterName.FILE_SYSTEM_TYPE)
                                .values("LUSTRE")
                                .build())
                        .size());
        assertEquals(
                List.of("backup-0a1b2c3d4e5f61005"),
                ids(Filter.builder()
                        .name(FilterName.VOLUME_ID)
                        .values(FsxSeed.ONTAP_RW)
                        .build()));
        assertEquals(
                List.of("backup-0a1b2c3d4e5f61002"),
                ids(
                        Filter.builder()
                                .name(FilterName.FILE_SYSTEM_ID)
                                .values(FsxSeed.WINDOWS)
                                .build(),
                        Filter.builder()
                                .name(FilterName.BACKUP_TYPE)
                                .values("USER_INITIATED")
                                .build()));
        Backup failed = fsx().describeBackups(b -> b.backupIds("backup-0a1b2c3d4e5f61004"))
                .backups()
                .get(0);
        assertEquals(BackupLifecycle.FAILED, failed.lifecycle());
        assertNotNull(failed.failureDetails().message());
        assertEquals(BackupType.AWS_BACKUP, describe("backup-0a1b2c3d4e5f61003").type());
        assertEquals(BackupType.AUTOMATIC, describe("backup-0a1b2c3d4e5f61001").type());
    }

    private static List<String> ids(Filter... filters) {
        return fsx().describeBackups(b -> b.filters(filters)).backups().stream()
                .map(Backup::backupId)
                .toList();
    }

    @Test
    void backupFilterErrors() {
        assertThrows(
                FileSystemNotFoundException.class,
                () -> ids(Filter.builder()
                        .name(FilterName.FILE_SYSTEM_ID)
                        .values("fs-0fffffffffffffff0")
                        .build()));
        assertThrows(
                VolumeNotFoundException.class,
                () -> ids(Filter.builder()
                        .name(FilterName.VOLUME_ID)
                        .values("fsvol-0fffffffffffffff0")
                        .build()));
        assertThrows(
                BadRequestException.class,
                () -> ids(Filter.builder()
                        .name(FilterName.DATA_REPOSITORY_TYPE)
                        .values("S3")
                        .build()));
        assertThrows(
                BadRequestException.class,
                () -> ids(Filter.builder()
                        .name(FilterName.BACKUP_TYPE)
                        .values("has space")
                        .build()));
        assertThrows(
                BadRequestException.class,
                () -> ids(Filter.builder().name(FilterName.BACKUP_TYPE).build()));
    }

    @Test
    void pagesThroughBackups() {
        Set<String> ids = new HashSet<>();
        fsx().describeBackupsPaginator(b -> b.maxResults(1)).stream().forEach(page -> {
            assertTrue(page.backups().size() <= 1);
            page.backups().forEach(b -> assertTrue(ids.add(b.backupId())));
        });
        assertEquals(6, ids.size());
        assertThrows(BadRequestException.class, () -> fsx().describeBackups(b -> b.nextToken("cGFnZTo5OQ==")));
        assertThrows(BadRequestException.class, () -> fsx().describeBackups(b -> b.maxResults(0)));
        assertEquals(
                1,
                sandbox.clients("eu-west-1")
                        .fsx()
                        .describeBackups(b -> {})
                        .backups()
                        .size());
    }

    // ---- DeleteBackup ----

    @Test
    void deletesFinishedBackups() {
        DeleteBackupResponse deleted = fsx().deleteBackup(b -> b.backupId("backup-0a1b2c3d4e5f61002"));
        assertEquals(BackupLifecycle.DELETED, deleted.lifecycle());
        assertEquals("backup-0a1b2c3d4e5f61002", deleted.backupId());
        assertThrows(BackupNotFoundException.class, () -> describe("backup-0a1b2c3d4e5f61002"));
        assertEquals(
                BackupLifecycle.DELETED,
                fsx().deleteBackup(b -> b.backupId("backup-0a1b2c3d4e5f61004")).lifecycle(),
                "failed ones too");
        assertThrows(
                BackupNotFoundException.class, () -> fsx().deleteBackup(b -> b.backupId("backup-0a1b2c3d4e5f61002")));
    }

    @Test
    void deleteErrors() {
        assertThrows(
                BackupNotFoundException.class, () -> fsx().deleteBackup(b -> b.backupId("backup-0fffffffffffffff0")));
        assertThrows(BadRequestException.class, () -> fsx().deleteBackup(b -> b.backupId("backup-x")));
        BadRequestException managed = assertThrows(
                BadRequestException.class, () -> fsx().deleteBackup(b -> b.backupId("backup-0a1b2c3d4e5f61003")));
        assertTrue(managed.awsErrorDetails().errorMessage().contains("managed by AWS Backup"));
        String running = fsx().createBackup(b -> b.fileSystemId(FsxSeed.WINDOWS))
                .backup()
                .backupId();
        assertThrows(BackupInProgressException.class, () -> fsx().deleteBackup(b -> b.backupId(running)));
        finishRunningBackups();
        assertEquals(
                BackupLifecycle.DELETED,
                fsx().deleteBackup(b -> b.backupId(running)).lifecycle());
    }

    @Test
    void deleteIsIdempotentByToken() {
        fsx().deleteBackup(b -> b.backupId("backup-0a1b2c3d4e5f61002").clientRequestToken("del-1"));
        assertEquals(
                BackupLifecycle.DELETED,
                fsx().deleteBackup(b -> b.backupId("backup-0a1b2c3d4e5f61002").clientRequestToken("del-1"))
                        .lifecycle());
        IncompatibleParameterErrorException other = assertThrows(
                IncompatibleParameterErrorException.class,
                () -> fsx().deleteBackup(
                                b -> b.backupId("backup-0a1b2c3d4e5f61001").clientRequestToken("del-1")));
        assertEquals("BackupId", other.parameter());
        assertThrows(
                BadRequestException.class,
                () -> fsx().deleteBackup(
                                b -> b.backupId("backup-0a1b2c3d4e5f61001").clientRequestToken("a b")));
    }
}
