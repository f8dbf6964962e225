package io.backupconsole.domain.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.rules.RandomTags.Flavour;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of both tag rule sets. {@link TagRules#STANDARD} stands for FSx (model TagKey/TagValue), Lightsail and
 * AWS Backup (documented only); {@link TagRules#OPSWORKS_CM} for the stricter OpsWorks CM CreateBackup docs. The
 * service classes check their own entry points on top of this.
 */
class TagRulesPropertyTest {
    /** The model's TagKey/TagValue pattern (FSx, OpsWorks CM), used only to check that the generator stays inside it. */
    private static final Pattern MODEL = Pattern.compile("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$");

    static Stream<Arguments> cases() {
        return Stream.of(Flavour.OPSWORKS_CM, Flavour.STANDARD)
                .flatMap(f -> RandomInputs.seeds()
                        .mapToObj(seed -> Arguments.of(f.trims() ? "OpsWorksCM" : "standard", f, seed)));
    }

    static Stream<Arguments> flavours() {
        return Stream.of(Arguments.of("OpsWorksCM", Flavour.OPSWORKS_CM), Arguments.of("standard", Flavour.STANDARD));
    }

    private static List<Violation> one(Flavour f, String key, String value) {
        return f.rules().check(List.of(new Tag(key, value)), "Tags");
    }

    /**
     * Anything the model pattern admits within the model's lengths (key 1-128, value 0-256) is accepted, except what
     * the OpsWorks CM docs forbid ({@code @}, key over 127, value over 255) and the reserved {@code aws:} prefix.
     */
    @ParameterizedTest(name = "{0} seed {2}")
    @MethodSource("cases")
    void modelDrawnTagsAreAcceptedUnlessTheDocsAreStricter(String name, Flavour f, long seed) {
        RandomInputs r = new RandomInputs(seed);
        String key = RandomTags.text(r, RandomTags.MODEL_ALPHABET, r.between(1, 128));
        String value = RandomTags.text(r, RandomTags.MODEL_ALPHABET, r.between(0, 256));
        String why = r.why(key + " = " + value);
        assertTrue(MODEL.matcher(key).matches() && MODEL.matcher(value).matches(), why + "generator left the model");

        boolean atSign = f.trims() && (key.contains("@") || value.contains("@"));
        boolean keyTooLong = key.codePointCount(0, key.length()) > f.maxKey();
        boolean valueTooLong = value.codePointCount(0, value.length()) > f.maxValue();
        boolean reserved = key.toLowerCase(Locale.ROOT).startsWith("aws:");
        List<Violation> problems = one(f, key, value);
        RandomInputs.assertWellFormed(problems, why);
        assertEquals(!(atSign || keyTooLong || valueTooLong || reserved), problems.isEmpty(), why + problems);
        if (atSign && !keyTooLong && !valueTooLong) {
            // The refusal names the allowed set, which is how the user learns that @ is not in it.
            assertTrue(problems.stream().anyMatch(v -> v.message().contains("may contain only")), why + problems);
        }
    }

    /** Lengths count code points: 𝒜 is one character although Java stores it as two chars. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("flavours")
    void boundaryLengthsCountCodePoints(String name, Flavour f) {
        for (String unit : List.of("k", RandomInputs.ASTRAL_LETTER)) {
            assertEquals("Tags[0].Key", one(f, "", "v").get(0).field(), "key min-1 (empty)");
            assertEquals(List.of(), one(f, unit, ""), "key min 1, value min 0");
            assertEquals(List.of(), one(f, unit.repeat(f.maxKey()), unit.repeat(f.maxValue())), unit + " at max");
            List<Violation> keyOver = one(f, unit.repeat(f.maxKey() + 1), "v");
            assertEquals("Tags[0].Key", keyOver.get(0).field(), unit + " key max+1");
            assertTrue(keyOver.get(0).message().contains("at most " + f.maxKey()), keyOver.toString());
            List<Violation> valueOver = one(f, "k", unit.repeat(f.maxValue() + 1));
            assertEquals("Tags[0].Value", valueOver.get(0).field(), unit + " value max+1");
            assertTrue(valueOver.get(0).message().contains("at most " + f.maxValue()), valueOver.toString());
        }
        List<Tag> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add(new Tag("k" + i, ""));
        }
        assertEquals(List.of(), f.rules().check(List.of(), "Tags"), "0 tags");
        assertEquals(List.of(), f.rules().check(fifty, "Tags"), "50 tags");
        fifty.add(new Tag("k50", ""));
        assertEquals(
                List.of(new Violation("Tags", "At most 50 tags are allowed (there are 51).")),
                f.rules().check(fifty, "Tags"));
    }

    /** One character from outside the alphabet anywhere in a valid key or value: refused, naming the allowed set. */
    @ParameterizedTest(name = "{0} seed {2}")
    @MethodSource("cases")
    void oneOutsiderCharacterIsRefused(String name, Flavour f, long seed) {
        RandomInputs r = new RandomInputs(seed);
        String key = RandomTags.text(r, f.alphabet(), r.between(1, 40)).replaceFirst("(?i)^aws:", "x");
        String value = RandomTags.text(r, f.alphabet(), r.between(0, 40));
        boolean inKey = r.chance(0.5);
        String outsider = r.oneOf(f.trims() ? RandomInputs.OUTSIDERS : RandomInputs.OUTSIDERS + "\t\n");
        String badKey = inKey ? r.insertAnywhere(key, outsider) : key;
        String badValue = inKey ? value : r.insertAnywhere(value, outsider);
        String why = r.why(badKey + " = " + badValue);
        assertEquals(List.of(), one(f, key, value), why + "the unmutated tag must pass");

        List<Violation> problems = one(f, badKey, badValue);
        RandomInputs.assertWellFormed(problems, why);
        assertEquals(1, problems.size(), why + problems);
        assertEquals(inKey ? "Tags[0].Key" : "Tags[0].Value", problems.get(0).field(), why);
        assertTrue(problems.get(0).message().contains("may contain only letters, numbers"), why + problems);
    }

    /** Random lists of 0-60 tags against the documented oracle (see {@link RandomTags}). */
    @ParameterizedTest(name = "{0} seed {2}")
    @MethodSource("cases")
    void tagListsFollowTheDocumentedOracle(String name, Flavour f, long seed) {
        RandomInputs r = new RandomInputs(seed);
        RandomTags.TagList list = RandomTags.list(r, f);
        list.assertVerdict(f.rules().check(list.tags(), "Tags"), "Tags", r.why(list.tags()));
    }

    /** Leading and trailing white space: trimmed (and then valid) for OpsWorks CM only; part of the tag elsewhere. */
    @ParameterizedTest(name = "{0} seed {2}")
    @MethodSource("cases")
    void onlyOpsWorksTrims(String name, Flavour f, long seed) {
        RandomInputs r = new RandomInputs(seed);
        String key = RandomTags.text(r, f.alphabet(), r.between(1, 40)).replaceFirst("(?i)^aws:", "x");
        String value = RandomTags.text(r, f.alphabet(), r.between(1, 40));
        String pad = r.string(" \t\n\u3000", r.between(1, 3));
        Tag padded = new Tag(pad + key + pad, pad + value);
        String why = r.why(padded);
        if (f.trims()) {
            assertEquals(new Tag(key, value), f.rules().normalise(padded), why);
            assertEquals(List.of(), f.rules().check(List.of(padded), "Tags"), why);
        } else {
            assertEquals(padded, f.rules().normalise(padded), why);
            // Spaces and U+3000 are \p{Z} and allowed; a tab or line feed is not, and is not trimmed away.
            boolean control = pad.contains("\t") || pad.contains("\n");
            assertEquals(control, !f.rules().check(List.of(padded), "Tags").isEmpty(), why);
        }
    }

    /** Arbitrary UTF-16 (controls, lone surrogates, 100k chars, a null value) never makes a rule throw. */
    @ParameterizedTest(name = "{0} seed {2}")
    @MethodSource("cases")
    void arbitraryTextNeverThrows(String name, Flavour f, long seed) {
        RandomInputs r = new RandomInputs(seed);
        Tag tag = new Tag(r.anyText(), r.anyTextOrNull());
        String why = r.why(tag);
        List<Violation> problems = assertDoesNotThrow(() -> f.rules().check(List.of(tag, tag), "Tags"), why);
        RandomInputs.assertWellFormed(problems, why);
        assertFalse(problems.isEmpty(), why + "a tag repeated twice is always refused");
    }
}
