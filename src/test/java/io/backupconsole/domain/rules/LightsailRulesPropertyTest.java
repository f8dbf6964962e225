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
 * Lightsail CreateRelationalDatabaseSnapshot names against the model's {@code ResourceName} pattern
 * {@code \w[\w\-]*\w} (no min/max) and the stricter documentation: "2 to 255 alphanumeric characters, or hyphens. The
 * first and last character must be a letter or number"; tags per the Lightsail tagging docs (model has none).
 */
class LightsailRulesPropertyTest {
    private static final String FIELD = "relationalDatabaseSnapshotName";
    private static final String ALNUM = RandomInputs.ASCII_LETTERS + RandomInputs.DIGITS;
    /** The model's {@code \w} (ASCII in Java regex): letters, digits and the underscore the docs leave out. */
    private static final String WORD = ALNUM + "_";

    private static final Pattern MODEL = Pattern.compile("\\w[\\w\\-]*\\w");

    static LongStream seeds() {
        return RandomInputs.seeds();
    }

    private static String documentedName(RandomInputs r, int length) {
        return r.oneOf(ALNUM) + r.string(ALNUM + "-", length - 2) + r.oneOf(ALNUM);
    }

    private static List<Violation> check(String name) {
        return LightsailRules.checkResourceName(name, FIELD);
    }

    /**
     * Drawn from the model pattern (lengths 2-300, as the model sets none): accepted unless the docs refuse it, for
     * an underscore (named in the message) or more than 255 characters.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void modelDrawnNamesAreAcceptedUnlessTheDocsAreStricter(long seed) {
        RandomInputs r = new RandomInputs(seed);
        int length = r.between(2, 300);
        String name = r.oneOf(WORD) + r.string(WORD + "-", length - 2) + r.oneOf(WORD);
        assertTrue(MODEL.matcher(name).matches(), r.why(name) + "generator left the model");
        List<Violation> problems = check(name);
        RandomInputs.assertWellFormed(problems, r.why(name));
        boolean underscore = name.contains("_");
        assertEquals(!(underscore || length > 255), problems.isEmpty(), r.why(name) + problems);
        if (length > 255) {
            assertTrue(problems.get(0).message().contains("at most 255"), r.why(name) + problems);
        } else if (underscore) {
            assertTrue(problems.get(0).message().contains("\"_\""), r.why(name) + problems);
        }
        String documented = documentedName(r, r.between(2, 255));
        assertEquals(List.of(), check(documented), r.why(documented));
    }

    /** 1 and 256 refused, 2 and 255 accepted; non-ASCII letters are refused by character, counted as one each. */
    @Test
    void boundaryLengths() {
        RandomInputs r = new RandomInputs(RandomInputs.BASE_SEED);
        assertTrue(check("a").get(0).message().contains("at least 2"), "min-1");
        assertEquals(List.of(), check(documentedName(r, 2)), "min");
        assertEquals(List.of(), check(documentedName(r, 255)), "max");
        assertTrue(check(documentedName(r, 256)).get(0).message().contains("at most 255 characters long (it has 256)"));
        // 128 astral letters are 256 UTF-16 units but 128 characters: refused for the letter, not the length.
        String astral = RandomInputs.ASTRAL_LETTER.repeat(128);
        assertTrue(
                check(astral).get(0).message().contains("contains \"" + RandomInputs.ASTRAL_LETTER + "\""),
                check(astral).toString());
        assertTrue(
                check(RandomInputs.ASTRAL_LETTER).get(0).message().contains("at least 2 characters long (it has 1)"));
    }

    /** One outsider (underscore, space, dot, accented or astral letter, controls…): refused, naming that character (spelled U+XXXX when it would not show). */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void oneOutsiderCharacterIsRefusedByName(long seed) {
        RandomInputs r = new RandomInputs(seed);
        String outsider = r.oneOf(RandomInputs.OUTSIDERS + "_ .@é𝒜\t");
        String name = r.insertAnywhere(documentedName(r, r.between(2, 254)), outsider);
        List<Violation> problems = check(name);
        assertEquals(1, problems.size(), r.why(name) + problems);
        assertEquals(FIELD, problems.get(0).field());
        assertTrue(
                problems.get(0).message().contains(InputEcho.quote(outsider))
                        && problems.get(0).message().contains("only letters (A-Z, a-z), numbers (0-9) and hyphens"),
                r.why(name) + problems);
    }

    /** A hyphen is in the alphabet but not at either end. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void hyphenAtAnEndIsRefused(long seed) {
        RandomInputs r = new RandomInputs(seed);
        String inner = documentedName(r, r.between(2, 253));
        boolean atStart = r.chance(0.5);
        String name = atStart ? "-" + inner : inner + "-";
        assertEquals(
                List.of(new Violation(
                        FIELD,
                        "Snapshot name (relationalDatabaseSnapshotName) must " + (atStart ? "start" : "end")
                                + " with a letter or a number.")),
                check(name),
                r.why(name));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void tagListsFollowTheDocs(long seed) {
        RandomInputs r = new RandomInputs(seed);
        RandomTags.TagList list = RandomTags.list(r, RandomTags.Flavour.STANDARD);
        list.assertVerdict(LightsailRules.checkTags(list.tags()), "tags", r.why(list.tags()));
    }

    /** Arbitrary text, absent names and tags, free-text database states: never a throw, always a worded refusal. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void arbitraryInputNeverThrows(long seed) {
        RandomInputs r = new RandomInputs(seed);
        String database = r.anyTextOrNull();
        String snapshot = r.anyTextOrNull();
        List<Tag> tags = null;
        if (r.chance(0.9)) {
            tags = new ArrayList<>(List.of(new Tag(r.anyText(), r.anyTextOrNull())));
        }
        List<Tag> given = tags;
        String why = r.why(database + " / " + snapshot);
        List<Violation> problems =
                assertDoesNotThrow(() -> LightsailRules.checkSnapshotRequest(database, snapshot, given), why);
        RandomInputs.assertWellFormed(problems, why);
        assertEquals(
                LightsailRules.isValidResourceName(database)
                        && LightsailRules.isValidResourceName(snapshot)
                        && LightsailRules.checkTags(given).isEmpty(),
                problems.isEmpty(),
                why);
        assertDoesNotThrow(() -> LightsailRules.eligibility(snapshot), why);
    }
}
