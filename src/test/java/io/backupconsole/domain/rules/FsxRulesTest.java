package io.backupconsole.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.Eligibility;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FsxRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"fs-01234567", "fs-0123456789abcdef0", "fs-0123456789abcdef01"})
    void acceptsFileSystemIds(String id) {
        assertEquals(List.of(), FsxRules.checkFileSystemId(id, "FileSystemId"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "fs-0123456",
                "fs-0123456789abcdef012",
                "fs-0123456G",
                "FS-01234567",
                "fs_01234567",
                " fs-01234567",
                "fs-01234567\n"
            })
    void refusesFileSystemIds(String id) {
        List<Violation> problems = FsxRules.checkFileSystemId(id, "FileSystemIds[2]");
        assertEquals(1, problems.size(), id);
        assertEquals("FileSystemIds[2]", problems.get(0).field());
    }

    @Test
    void fileSystemIdLengthBoundaries() {
        assertTrue(FsxRules.checkFileSystemId("fs-" + "a".repeat(8), "f").isEmpty(), "11 characters");
        assertTrue(FsxRules.checkFileSystemId("fs-" + "a".repeat(18), "f").isEmpty(), "21 characters");
        assertFalse(FsxRules.checkFileSystemId("fs-" + "a".repeat(7), "f").isEmpty(), "10 characters");
        assertFalse(FsxRules.checkFileSystemId("fs-" + "a".repeat(19), "f").isEmpty(), "22 characters");
        assertTrue(FsxRules.checkFileSystemId(null, "f").get(0).message().contains("must not be empty"));
    }

    @Test
    void volumeIdsAreExactly23Characters() {
        assertTrue(FsxRules.checkVolumeId("fsvol-0123456789abcdef0", "VolumeId").isEmpty());
        assertFalse(FsxRules.checkVolumeId("fsvol-0123456789abcdef", "VolumeId").isEmpty());
        assertFalse(
                FsxRules.checkVolumeId("fsvol-0123456789abcdef01", "VolumeId").isEmpty());
        assertFalse(
                FsxRules.checkVolumeId("fsvol-0123456789abcdeZ0", "VolumeId").isEmpty());
        assertFalse(
                FsxRules.checkVolumeId("fs-0123456789abcdef0123", "VolumeId").isEmpty());
    }

    @Test
    void backupIdLengthBoundaries() {
        assertTrue(FsxRules.checkBackupId("backup-01234567", "BackupId").isEmpty(), "15 characters");
        assertTrue(
                FsxRules.checkBackupId("backup-" + "f".repeat(121), "BackupId").isEmpty(), "128 characters");
        assertFalse(
                FsxRules.checkBackupId("backup-" + "f".repeat(122), "BackupId").isEmpty(), "129 characters");
        assertFalse(FsxRules.checkBackupId("backup-0123456", "BackupId").isEmpty(), "7 hex digits");
        assertFalse(FsxRules.checkBackupId("backup-0123456x", "BackupId").isEmpty());
        assertFalse(FsxRules.checkBackupId("bkp-012345678", "BackupId").isEmpty());
    }

    @Test
    void resourceIdPicksTheMemberByPrefix() {
        assertTrue(FsxRules.checkResourceId("fsvol-0123456789abcdef0").isEmpty());
        assertEquals("VolumeId", FsxRules.checkResourceId("fsvol-1").get(0).field());
        assertEquals("FileSystemId", FsxRules.checkResourceId("server-1").get(0).field());
    }

    @Test
    void clientRequestTokenIsStricterThanTheModel() {
        assertTrue(FsxRules.checkClientRequestToken(null).isEmpty(), "absent: the SDK fills one in");
        assertTrue(
                FsxRules.checkClientRequestToken("3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
                        .isEmpty(),
                "UUID");
        assertTrue(FsxRules.checkClientRequestToken("a").isEmpty());
        assertTrue(FsxRules.checkClientRequestToken("x".repeat(63)).isEmpty());
        assertFalse(FsxRules.checkClientRequestToken("x".repeat(64)).isEmpty());
        assertFalse(FsxRules.checkClientRequestToken("").isEmpty());
        // The model's typo [A-z] would admit these; the documented rule does not.
        for (String bad : List.of("a^b", "a[b]", "a\\b", "a`b", "a b", "ä")) {
            assertEquals(
                    "ClientRequestToken",
                    FsxRules.checkClientRequestToken(bad).get(0).field(),
                    bad);
        }
    }

    @Test
    void backupNameFollowsTheTagValueRules() {
        assertTrue(FsxRules.checkBackupName("").isEmpty());
        assertTrue(FsxRules.checkBackupName(null).isEmpty());
        assertTrue(FsxRules.checkBackupName("nightly before upgrade: v1.2/@3").isEmpty());
        assertTrue(FsxRules.checkBackupName("n".repeat(256)).isEmpty());
        Violation tooLong = FsxRules.checkBackupName("n".repeat(257)).get(0);
        assertEquals("Name", tooLong.field());
        assertTrue(tooLong.message().startsWith("Backup name must be at most 256"), tooLong.message());
        assertTrue(FsxRules.checkBackupName("semi;colon").get(0).message().startsWith("Backup name may contain only"));
    }

    @Test
    void tagsNeedOneToFifty() {
        assertEquals("Tags", FsxRules.checkTags(List.of()).get(0).field());
        List<Tag> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add(new Tag("k" + i, "v"));
        }
        assertTrue(FsxRules.checkTags(fifty).isEmpty());
        fifty.add(new Tag("k50", "v"));
        assertFalse(FsxRules.checkTags(fifty).isEmpty());
        assertEquals(
                "Tags[1].Key",
                FsxRules.checkTags(List.of(new Tag("a", ""), new Tag("a", "")))
                        .get(0)
                        .field());
        assertEquals(
                "Tags[0].Key",
                FsxRules.checkTags(List.of(new Tag("k".repeat(129), ""))).get(0).field());
        assertTrue(FsxRules.checkTags(List.of(new Tag("k".repeat(128), "v".repeat(256))))
                .isEmpty());
    }

    @Test
    void backupTagsPutTheNameFirstAndLetItWin() {
        List<Tag> tags = FsxRules.backupTags("nightly", List.of(new Tag("Team", "a"), new Tag("Name", "old")));
        assertEquals(List.of(new Tag("Name", "nightly"), new Tag("Team", "a")), tags);
        assertEquals(List.of(new Tag("Name", "old")), FsxRules.backupTags("", List.of(new Tag("Name", "old"))));
        assertEquals(List.of(), FsxRules.backupTags(null, List.of()));
    }

    @Test
    void createBackupChecksEverythingTheServiceChecks() {
        assertTrue(FsxRules.checkCreateBackup("fs-0123456789abcdef0", "n", List.of(), "tok-1")
                .isEmpty());
        List<Violation> problems =
                FsxRules.checkCreateBackup("fs-x", "bad;name", List.of(new Tag("aws:x", "v")), "a b");
        assertEquals(
                List.of("FileSystemId", "Name", "Tags[0].Key", "ClientRequestToken"),
                problems.stream().map(Violation::field).toList());
    }

    @Test
    void theNameTagCountsTowardsFifty() {
        List<Tag> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add(new Tag("k" + i, "v"));
        }
        assertTrue(FsxRules.checkCreateBackup("fs-0123456789abcdef0", "", fifty, null)
                .isEmpty());
        Violation tooMany = FsxRules.checkCreateBackup("fs-0123456789abcdef0", "n", fifty, null)
                .get(0);
        assertEquals("Tags", tooMany.field());
        assertTrue(tooMany.message().contains("including the Name tag"), tooMany.message());
    }

    @Test
    void lustreEligibility() {
        assertEquals(
                Eligibility.ALLOWED,
                FsxRules.fileSystemEligibility("fs-1", "LUSTRE", "AVAILABLE", "PERSISTENT_2", false));
        assertEquals(
                Eligibility.ALLOWED,
                FsxRules.fileSystemEligibility("fs-1", "LUSTRE", "AVAILABLE", "PERSISTENT_1", false));
        assertEquals(
                "Scratch Lustre file systems cannot be backed up",
                FsxRules.fileSystemEligibility("fs-1", "LUSTRE", "AVAILABLE", "SCRATCH_2", false)
                        .reason());
        assertEquals(
                "Scratch Lustre file systems cannot be backed up",
                FsxRules.fileSystemEligibility("fs-1", "LUSTRE", "AVAILABLE", "SCRATCH_1", false)
                        .reason());
        assertEquals(
                "Lustre file systems linked to an S3 data repository cannot be backed up",
                FsxRules.fileSystemEligibility("fs-1", "LUSTRE", "AVAILABLE", "PERSISTENT_1", true)
                        .reason());
        assertEquals(
                FsxEligibility.Refusal.UNSUPPORTED,
                FsxEligibility.fileSystem("fs-1", "LUSTRE", "AVAILABLE", "SCRATCH_2", false)
                        .refusal());
    }

    @Test
    void fileSystemEligibilityByTypeAndLifecycle() {
        assertEquals(
                Eligibility.ALLOWED,
                FsxRules.fileSystemEligibility("fs-1", "WINDOWS", "AVAILABLE", "MULTI_AZ_1", false));
        assertEquals(
                Eligibility.ALLOWED,
                FsxRules.fileSystemEligibility("fs-1", "OPENZFS", "AVAILABLE", "SINGLE_AZ_2", false));
        assertEquals(
                "File system is CREATING",
                FsxRules.fileSystemEligibility("fs-1", "WINDOWS", "CREATING", "SINGLE_AZ_2", false)
                        .reason());
        assertEquals(
                "File system is UPDATING",
                FsxRules.fileSystemEligibility("fs-1", "OPENZFS", "UPDATING", "SINGLE_AZ_1", false)
                        .reason());
        FsxEligibility.Verdict ontap = FsxEligibility.fileSystem("fs-1", "ONTAP", "AVAILABLE", "MULTI_AZ_1", false);
        assertEquals("ONTAP backups are per volume: back up one of its volumes", ontap.reason());
        assertEquals(FsxEligibility.Refusal.WRONG_TARGET, ontap.refusal());
        assertEquals(
                FsxEligibility.Refusal.NOT_READY,
                FsxEligibility.fileSystem("fs-1", "WINDOWS", "FAILED", "SINGLE_AZ_1", false)
                        .refusal());
    }

    @Test
    void volumeEligibility() {
        assertEquals(Eligibility.ALLOWED, FsxRules.volumeEligibility("fs-1", "ONTAP", "CREATED", "RW", false));
        assertEquals(Eligibility.ALLOWED, FsxRules.volumeEligibility("fs-1", "ONTAP", "AVAILABLE", "RW", false));
        assertTrue(FsxRules.volumeEligibility("fs-1", "ONTAP", "CREATED", "DP", false)
                .reason()
                .startsWith("Data-protection volume"));
        assertTrue(FsxRules.volumeEligibility("fs-1", "ONTAP", "CREATED", "LS", false)
                .reason()
                .startsWith("Load-sharing mirror volume"));
        assertTrue(FsxRules.volumeEligibility("fs-1", "ONTAP", "CREATED", "RW", true)
                .reason()
                .startsWith("SVM root volume"));
        assertEquals(
                "Volume is CREATING",
                FsxRules.volumeEligibility("fs-1", "ONTAP", "CREATING", "RW", false)
                        .reason());
        assertEquals(
                "OpenZFS backups cover the whole file system: back up fs-0123456789abcdef0",
                FsxRules.volumeEligibility("fs-0123456789abcdef0", "OPENZFS", "AVAILABLE", null, false)
                        .reason());
    }

    @Test
    void factsTheAnswerLeftOutAreLeftToTheServiceToJudge() {
        assertEquals(Eligibility.ALLOWED, FsxRules.fileSystemEligibility("fs-1", null, null, null, false));
        assertEquals(Eligibility.ALLOWED, FsxRules.fileSystemEligibility("fs-1", "WINDOWS", null, null, false));
        assertEquals(
                Eligibility.ALLOWED,
                FsxRules.fileSystemEligibility("fs-1", "LUSTRE", "AVAILABLE", null, false),
                "a Lustre file system whose deployment type is not known may be persistent");
        assertEquals(Eligibility.ALLOWED, FsxRules.volumeEligibility(null, null, null, null, false));
        assertEquals(
                "Scratch Lustre file systems cannot be backed up",
                FsxRules.fileSystemEligibility("fs-1", "LUSTRE", null, "SCRATCH_1", false)
                        .reason(),
                "what is known still counts");
    }
}
