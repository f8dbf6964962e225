package io.backupconsole.domain.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * OpsWorks CM CreateBackup / DeleteBackup inputs against the 2016-11-01 model (ServerName 1-40
 * {@code [a-zA-Z][a-zA-Z0-9\-]*}, BackupId max 79 {@code [a-zA-Z][a-zA-Z0-9\-\.\:]*}, Description max 10000
 * {@code (?s).*}) and the CreateBackup tag docs (see {@link RandomTags.Flavour#OPSWORKS_CM}).
 */
class OpsWorksCmRulesPropertyTest {
    private static final String SERVER_NAME_TAIL = RandomInputs.ASCII_LETTERS + RandomInputs.DIGITS + "-";
    private static final String BACKUP_ID_TAIL = SERVER_NAME_TAIL + ".:";
    /** The model patterns, only to check that the generators stay inside them (the model's are unanchored). */
    private static final Pattern MODEL_SERVER_NAME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9\\-]*$");

    private static final Pattern MODEL_BACKUP_ID = Pattern.compile("^[a-zA-Z][a-zA-Z0-9\\-\\.\\:]*$");

    static LongStream seeds() {
        return RandomInputs.seeds();
    }

    private static String serverName(RandomInputs r, int length) {
        return r.oneOf(RandomInputs.ASCII_LETTERS) + r.string(SERVER_NAME_TAIL, length - 1);
    }

    private static String backupId(RandomInputs r, int length) {
        return r.oneOf(RandomInputs.ASCII_LETTERS) + r.string(BACKUP_ID_TAIL, length - 1);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void modelDrawnNamesAndIdsAreAccepted(long seed) {
        RandomInputs r = new RandomInputs(seed);
        String name = serverName(r, r.between(1, 40));
        // Half of the ids in the documented format ServerName-yyyyMMddHHmmssSSS, half anything the pattern admits.
        String id = r.chance(0.5)
                ? serverName(r, r.between(1, 40)) + "-" + r.string(RandomInputs.DIGITS, 17)
                : backupId(r, r.between(1, 79));
        assertTrue(
                MODEL_SERVER_NAME.matcher(name).matches()
                        && MODEL_BACKUP_ID.matcher(id).matches(),
                r.why(id));
        assertEquals(List.of(), OpsWorksCmRules.checkServerName(name), r.why(name));
        assertEquals(List.of(), OpsWorksCmRules.checkBackupId(id), r.why(id));
    }

    @Test
    void boundaryLengths() {
        RandomInputs r = new RandomInputs(RandomInputs.BASE_SEED);
        assertEquals("ServerName", OpsWorksCmRules.checkServerName("").get(0).field(), "ServerName min-1");
        assertEquals(List.of(), OpsWorksCmRules.checkServerName(serverName(r, 1)), "ServerName min");
        assertEquals(List.of(), OpsWorksCmRules.checkServerName(serverName(r, 40)), "ServerName max");
        assertTrue(OpsWorksCmRules.checkServerName(serverName(r, 41))
                .get(0)
                .message()
                .contains("at most 40"));
        // BackupId has no model min; its pattern needs one letter, so the empty id is the min-1 case.
        assertEquals("BackupId", OpsWorksCmRules.checkBackupId("").get(0).field(), "BackupId min-1");
        assertEquals(List.of(), OpsWorksCmRules.checkBackupId(backupId(r, 1)), "BackupId min");
        assertEquals(List.of(), OpsWorksCmRules.checkBackupId(backupId(r, 79)), "BackupId max");
        assertTrue(
                OpsWorksCmRules.checkBackupId(backupId(r, 80)).get(0).message().contains("at most 79"));
        // Lengths count code points (Smithy): 40 astral letters are 80 chars but 40 characters, refused for what they
        // are; 41 are refused for their length, counted as the user sees it.
        String astral = RandomInputs.ASTRAL_LETTER;
        assertTrue(OpsWorksCmRules.checkServerName("a" + astral.repeat(39))
                .get(0)
                .message()
                .contains("only letters, digits"));
        assertTrue(OpsWorksCmRules.checkServerName("a" + astral.repeat(40))
                .get(0)
                .message()
                .contains("(it has 41)"));
        assertTrue(OpsWorksCmRules.checkBackupId("a" + astral.repeat(78))
                .get(0)
                .message()
                .contains("only letters, digits"));
        assertTrue(OpsWorksCmRules.checkBackupId("a" + astral.repeat(79))
                .get(0)
                .message()
                .contains("(it has 80)"));
    }

    /**
     * Description is any text up to 10,000 characters. The model's length counts Unicode scalar values (Smithy
     * length trait), so 10,000 emoji (20,000 UTF-16 units) fit and 10,001 do not.
     */
    @Test
    void descriptionLengthCountsCodePoints() {
        for (String unit : List.of("d", "😀", RandomInputs.ASTRAL_LETTER, "\n")) {
            assertEquals(List.of(), OpsWorksCmRules.checkDescription(null), "absent");
            assertEquals(List.of(), OpsWorksCmRules.checkDescription(""), "min 0");
            assertEquals(List.of(), OpsWorksCmRules.checkDescription(unit.repeat(10_000)), unit + " x max");
            List<Violation> over = OpsWorksCmRules.checkDescription(unit.repeat(10_001));
            assertEquals(
                    List.of(new Violation(
                            "Description", "Description must be at most 10000 characters (it has 10001).")),
                    over,
                    unit + " x max+1");
        }
    }

    /** One character the pattern does not allow, anywhere in a valid name or id: refused, saying what is allowed. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void oneOutsiderCharacterIsRefused(long seed) {
        RandomInputs r = new RandomInputs(seed);
        String name = r.insertAnywhere(serverName(r, r.between(1, 39)), r.oneOf(RandomInputs.OUTSIDERS + "_. :@é𝒜"));
        String id = r.insertAnywhere(backupId(r, r.between(1, 78)), r.oneOf(RandomInputs.OUTSIDERS + "_ /@é𝒜"));
        List<Violation> nameProblems = OpsWorksCmRules.checkServerName(name);
        List<Violation> idProblems = OpsWorksCmRules.checkBackupId(id);
        assertEquals(1, nameProblems.size(), r.why(name));
        assertTrue(nameProblems.get(0).message().contains("letters, digits and hyphens"), r.why(name) + nameProblems);
        assertEquals(1, idProblems.size(), r.why(id));
        assertTrue(idProblems.get(0).message().contains("letters, digits and - . :"), r.why(id) + idProblems);
    }

    /** A digit or hyphen first is outside the pattern too, though inside the alphabet. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mustStartWithALetter(long seed) {
        RandomInputs r = new RandomInputs(seed);
        String name = r.oneOf(RandomInputs.DIGITS + "-") + serverName(r, r.between(1, 39));
        assertTrue(OpsWorksCmRules.checkServerName(name).get(0).message().contains("start with a letter"), r.why(name));
        String id = r.oneOf(RandomInputs.DIGITS + "-.:") + backupId(r, r.between(1, 78));
        assertTrue(OpsWorksCmRules.checkBackupId(id).get(0).message().contains("start with a letter"), r.why(id));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void tagListsFollowTheDocs(long seed) {
        RandomInputs r = new RandomInputs(seed);
        RandomTags.TagList list = RandomTags.list(r, RandomTags.Flavour.OPSWORKS_CM);
        list.assertVerdict(OpsWorksCmRules.checkTags(list.tags()), "Tags", r.why(list.tags()));
    }

    /** Arbitrary text, and null where the request member is optional (Description, Tags), never throws. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void arbitraryInputNeverThrows(long seed) {
        RandomInputs r = new RandomInputs(seed);
        String name = r.anyTextOrNull();
        String description = r.anyTextOrNull();
        String id = r.anyTextOrNull();
        List<Tag> tags = null;
        if (r.chance(0.9)) {
            tags = new ArrayList<>();
            for (int i = r.between(0, 3); i > 0; i--) {
                tags.add(new Tag(r.anyText(), r.anyTextOrNull()));
            }
        }
        List<Tag> given = tags;
        String why = r.why(name + " / " + id);
        RandomInputs.assertWellFormed(
                assertDoesNotThrow(() -> OpsWorksCmRules.checkCreateBackup(name, description, given), why), why);
        RandomInputs.assertWellFormed(assertDoesNotThrow(() -> OpsWorksCmRules.checkBackupId(id), why), why);
        assertDoesNotThrow(() -> OpsWorksCmRules.eligibility(name, r.between(-1, 100)), why);
    }
}
