package io.backupconsole.domain.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * FSx CreateBackup inputs against the 2018-03-01 model: FileSystemId 11-21 {@code ^(fs-[0-9a-f]{8,})$}, VolumeId
 * exactly 23 {@code ^(fsvol-[0-9a-f]{17,})$}, BackupId 12-128 {@code ^(backup-[0-9a-f]{8,})$}, ClientRequestToken
 * 1-63 {@code [A-za-z0-9_.-]{0,63}$} (narrowed by the docs' "ASCII" and the rule's letters/digits/_ . -), Tags 1-50.
 */
class FsxRulesPropertyTest {
    /** The model token pattern's class {@code A-z} runs from 'A' to 'z', so it also admits [ \ ] ^ _ and `. */
    private static final String MODEL_TOKEN_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz0123456789_.-";

    private static final String MODEL_TOKEN_TYPOS = "[\\]^`";
    /** Outsiders of one UTF-16 unit, for the fixed-length volume id (an astral one would change the length). */
    private static final String BMP_OUTSIDERS = "ABCDEFgxz_ -#:\u0000\u00AD\uD800";

    static LongStream seeds() {
        return RandomInputs.seeds();
    }

    private static String fileSystemId(RandomInputs r, int hexDigits) {
        return "fs-" + r.string(RandomInputs.HEX, hexDigits);
    }

    private static String volumeId(RandomInputs r) {
        return "fsvol-" + r.string(RandomInputs.HEX, 17);
    }

    private static String backupId(RandomInputs r, int hexDigits) {
        return "backup-" + r.string(RandomInputs.HEX, hexDigits);
    }

    /** Ids, tokens and backup names drawn from the model patterns within min/max are accepted, except the typo class. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void modelDrawnInputsAreAccepted(long seed) {
        RandomInputs r = new RandomInputs(seed);
        String fs = fileSystemId(r, r.between(8, 18));
        String vol = volumeId(r);
        String backup = backupId(r, r.between(8, 121));
        assertEquals(List.of(), FsxRules.checkResourceId(fs), r.why(fs));
        assertEquals(List.of(), FsxRules.checkResourceId(vol), r.why(vol));
        assertEquals(List.of(), FsxRules.checkBackupId(backup, "BackupId"), r.why(backup));
        assertEquals(
                List.of(), FsxRules.checkClientRequestToken(UUID.randomUUID().toString()), "SDK-style token");

        String token = r.string(MODEL_TOKEN_ALPHABET, r.between(1, 63));
        List<Violation> tokenProblems = FsxRules.checkClientRequestToken(token);
        boolean typo = token.chars().anyMatch(c -> MODEL_TOKEN_TYPOS.indexOf(c) >= 0);
        assertEquals(typo, !tokenProblems.isEmpty(), r.why(token) + tokenProblems);
        if (typo) {
            assertTrue(
                    tokenProblems.get(0).message().contains("letters, digits and _ . -"), r.why(token) + tokenProblems);
        }
        // The backup name is the Name tag's value: the model TagValue pattern, 0-256 code points.
        String name = RandomTags.text(r, RandomTags.MODEL_ALPHABET, r.between(0, 256));
        assertEquals(List.of(), FsxRules.checkBackupName(name), r.why(name));
    }

    @Test
    void boundaryLengths() {
        RandomInputs r = new RandomInputs(RandomInputs.BASE_SEED);
        assertTrue(FsxRules.checkFileSystemId(fileSystemId(r, 7), "FileSystemId")
                .get(0)
                .message()
                .contains("11 to 21"));
        assertEquals(List.of(), FsxRules.checkFileSystemId(fileSystemId(r, 8), "FileSystemId"), "min 11");
        assertEquals(List.of(), FsxRules.checkFileSystemId(fileSystemId(r, 18), "FileSystemId"), "max 21");
        assertTrue(FsxRules.checkFileSystemId(fileSystemId(r, 19), "FileSystemId")
                .get(0)
                .message()
                .contains("(it has 22)"));

        assertTrue(FsxRules.checkVolumeId("fsvol-" + r.string(RandomInputs.HEX, 16), "VolumeId")
                .get(0)
                .message()
                .contains("exactly 23"));
        assertEquals(List.of(), FsxRules.checkVolumeId(volumeId(r), "VolumeId"), "exactly 23");
        assertTrue(FsxRules.checkVolumeId(volumeId(r) + "a", "VolumeId")
                .get(0)
                .message()
                .contains("(it has 24)"));

        // BackupId: the model's min 12 is below what its pattern allows (7 + 8 = 15): 11 is too short, 12 is no id.
        assertTrue(FsxRules.checkBackupId(backupId(r, 4), "BackupId")
                .get(0)
                .message()
                .contains("12 to 128"));
        assertTrue(FsxRules.checkBackupId(backupId(r, 5), "BackupId")
                .get(0)
                .message()
                .contains("at least 8"));
        assertEquals(List.of(), FsxRules.checkBackupId(backupId(r, 8), "BackupId"), "shortest real id");
        assertEquals(List.of(), FsxRules.checkBackupId(backupId(r, 121), "BackupId"), "max 128");
        assertTrue(FsxRules.checkBackupId(backupId(r, 122), "BackupId")
                .get(0)
                .message()
                .contains("(it has 129)"));

        // Lengths count code points (Smithy length trait): an emoji is one character, refused for what it is.
        assertTrue(FsxRules.checkFileSystemId("fs-" + "😀".repeat(10), "FileSystemId")
                .get(0)
                .message()
                .contains("lowercase hex"));
        assertTrue(FsxRules.checkClientRequestToken("😀".repeat(40))
                .get(0)
                .message()
                .contains("letters, digits"));
        assertTrue(FsxRules.checkClientRequestToken("😀".repeat(64))
                .get(0)
                .message()
                .contains("(it has 64)"));

        assertEquals(List.of(), FsxRules.checkClientRequestToken(null), "absent: the SDK fills one in");
        assertEquals(
                "ClientRequestToken",
                FsxRules.checkClientRequestToken("").get(0).field(),
                "min-1");
        assertEquals(List.of(), FsxRules.checkClientRequestToken("t"), "min 1");
        assertEquals(List.of(), FsxRules.checkClientRequestToken("t".repeat(63)), "max 63");
        assertTrue(FsxRules.checkClientRequestToken("t".repeat(64))
                .get(0)
                .message()
                .contains("(it has 64)"));

        // The name is a tag value: 256 code points, so 256 astral letters (512 chars) fit.
        assertEquals(List.of(), FsxRules.checkBackupName(RandomInputs.ASTRAL_LETTER.repeat(256)), "name max");
        assertEquals(
                "Name",
                FsxRules.checkBackupName(RandomInputs.ASTRAL_LETTER.repeat(257))
                        .get(0)
                        .field());

        List<Tag> tags = new ArrayList<>();
        assertTrue(FsxRules.checkTags(tags).get(0).message().contains("at least 1"), "Tags min-1 (0) when present");
        for (int i = 0; i < 49; i++) {
            tags.add(new Tag("k" + i, "v"));
        }
        assertEquals(List.of(), FsxRules.checkCreateBackup("fs-0123456789abcdef0", "nightly", tags, null), "49 + Name");
        tags.add(new Tag("k49", "v"));
        assertEquals(List.of(), FsxRules.checkTags(tags), "Tags max 50");
        assertTrue(
                FsxRules.checkCreateBackup("fs-0123456789abcdef0", "nightly", tags, null)
                        .get(0)
                        .message()
                        .contains("including the Name tag"),
                "50 + Name = 51");
        tags.add(new Tag("k50", "v"));
        assertTrue(FsxRules.checkTags(tags).get(0).message().contains("At most 50"), "Tags max+1");
    }

    /** One character outside {@code [0-9a-f]} / the token alphabet: refused with the expected shape in words. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void oneOutsiderCharacterIsRefused(long seed) {
        RandomInputs r = new RandomInputs(seed);
        String outsider = r.oneOf(RandomInputs.OUTSIDERS + "ABCDEFgxz_ ");
        String fs = "fs-" + r.insertAnywhere(r.string(RandomInputs.HEX, r.between(8, 16)), outsider);
        assertTrue(
                FsxRules.checkFileSystemId(fs, "FileSystemId").get(0).message().contains("lowercase hex"), r.why(fs));
        String backup = "backup-" + r.insertAnywhere(r.string(RandomInputs.HEX, r.between(8, 100)), outsider);
        assertTrue(
                FsxRules.checkBackupId(backup, "BackupId").get(0).message().contains("lowercase hex"), r.why(backup));
        // Fixed length 23: replace one hex digit instead of inserting, or the length rule would answer first.
        int at = r.between(6, 22);
        String valid = volumeId(r);
        String vol = valid.substring(0, at) + r.oneOf(BMP_OUTSIDERS) + valid.substring(at + 1);
        assertTrue(FsxRules.checkVolumeId(vol, "VolumeId").get(0).message().contains("17 lowercase hex"), r.why(vol));
        String token = r.insertAnywhere(
                r.string(RandomInputs.ASCII_LETTERS + RandomInputs.DIGITS + "_.-", r.between(1, 60)),
                r.oneOf(RandomInputs.OUTSIDERS + " @/+é"));
        List<Violation> problems = FsxRules.checkClientRequestToken(token);
        assertEquals(1, problems.size(), r.why(token));
        assertTrue(problems.get(0).message().contains("letters, digits and _ . -"), r.why(token) + problems);
    }

    /** The documented oracle, plus FSx's own rule: a Tags member, when sent, holds at least one tag. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void tagListsFollowTheModel(long seed) {
        RandomInputs r = new RandomInputs(seed);
        RandomTags.TagList list = RandomTags.list(r, RandomTags.Flavour.STANDARD);
        List<Violation> problems = FsxRules.checkTags(list.tags());
        if (list.tags().isEmpty()) {
            assertEquals(List.of(new Violation("Tags", "Tags must contain at least 1 tag when given.")), problems);
        } else {
            list.assertVerdict(problems, "Tags", r.why(list.tags()));
        }
    }

    /** The Name tag counts towards the 50, and a user tag called Name gives way to it instead of counting twice. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void nameTagCountsTowardsTheLimit(long seed) {
        RandomInputs r = new RandomInputs(seed);
        int userTags = r.between(0, 52);
        boolean named = r.chance(0.6);
        boolean userNameTag = userTags > 0 && r.chance(0.3);
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < userTags; i++) {
            tags.add(new Tag(i == 0 && userNameTag ? "Name" : "k" + i, "v"));
        }
        int total = userTags + (named && !userNameTag ? 1 : 0);
        List<Violation> problems =
                FsxRules.checkCreateBackup("fs-0123456789abcdef0", named ? "nightly" : null, tags, "t");
        assertEquals(
                userTags <= 50 && total <= 50,
                problems.isEmpty(),
                r.why(userTags + " tags, named " + named + ", user Name tag " + userNameTag) + problems);
        assertEquals(total, FsxRules.backupTags(named ? "nightly" : null, tags).size());
    }

    /** Arbitrary text and absent members never throw: the adapter and the sandbox both feed user input here. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void arbitraryInputNeverThrows(long seed) {
        RandomInputs r = new RandomInputs(seed);
        String id = r.chance(0.3) ? "fsvol-" + r.anyText() : r.anyTextOrNull();
        String name = r.anyTextOrNull();
        String token = r.anyTextOrNull();
        List<Tag> tags = r.chance(0.1) ? null : List.of(new Tag(r.anyText(), r.anyTextOrNull()));
        String why = r.why(id);
        RandomInputs.assertWellFormed(
                assertDoesNotThrow(() -> FsxRules.checkCreateBackup(id, name, tags, token), why), why);
        RandomInputs.assertWellFormed(assertDoesNotThrow(() -> FsxRules.checkBackupId(id, "BackupId"), why), why);
        RandomInputs.assertWellFormed(assertDoesNotThrow(() -> FsxRules.checkTags(tags), why), why);
        // Real type names as well, so that the type-specific branches meet absent (null) lifecycles and deployments.
        String type = r.chance(0.5) ? name : r.pick(Arrays.asList("LUSTRE", "ONTAP", "OPENZFS", "WINDOWS", null));
        String deployment = r.chance(0.5) ? token : r.pick(Arrays.asList("PERSISTENT_1", "SCRATCH_2", "RW", null));
        boolean flag = r.chance(0.5);
        assertDoesNotThrow(() -> FsxRules.fileSystemEligibility(id, type, name, deployment, flag), why);
        assertDoesNotThrow(() -> FsxRules.volumeEligibility(id, type, name, deployment, flag), why);
    }
}
