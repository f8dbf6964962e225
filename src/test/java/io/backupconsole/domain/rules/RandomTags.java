package io.backupconsole.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Random tags and tag lists with an oracle written from the documentation, not from {@link TagRules}: the model
 * pattern {@code [\p{L}\p{Z}\p{N}_.:/=+\-@]*} (FSx, OpsWorks CM; Lightsail's and AWS Backup's docs list the same
 * characters), at most 50 tags, unique keys, no {@code aws:} prefix; OpsWorks CM's CreateBackup docs drop {@code @},
 * shorten the limits to 127/255 and trim leading and trailing white space.
 */
final class RandomTags {
    /** The model pattern's alphabet. */
    static final String MODEL_ALPHABET =
            RandomInputs.UNICODE_LETTERS_AND_NUMBERS + RandomInputs.SEPARATORS + "_.:/=+-@";
    /** OpsWorks CM's documented alphabet: the model's without {@code @}. */
    static final String OPSWORKS_ALPHABET = MODEL_ALPHABET.replace("@", "");

    static final List<String> RESERVED_PREFIXES = List.of("aws:", "AWS:", "Aws:", "aWs:");

    /** The rule set under test, with the documented facts the oracle needs. */
    record Flavour(TagRules rules, String alphabet, int maxKey, int maxValue, boolean trims) {
        static final Flavour OPSWORKS_CM = new Flavour(TagRules.OPSWORKS_CM, OPSWORKS_ALPHABET, 127, 255, true);
        static final Flavour STANDARD = new Flavour(TagRules.STANDARD, MODEL_ALPHABET, 128, 256, false);

        String normaliseKey(String key) {
            return trims ? key.strip() : key;
        }
    }

    /** A generated list and what the oracle expects of it. */
    record TagList(List<Tag> tags, boolean everyTagValid, Flavour flavour) {
        boolean tooMany() {
            return tags.size() > 50;
        }

        /** Two equal keys; empty keys are refused on their own and not reported again as duplicates. */
        boolean duplicates() {
            Set<String> seen = new HashSet<>();
            return tags.stream().map(t -> flavour.normaliseKey(t.key())).anyMatch(k -> !k.isEmpty() && !seen.add(k));
        }

        boolean reserved() {
            return tags.stream()
                    .map(t -> flavour.normaliseKey(t.key()))
                    .anyMatch(k -> k.toLowerCase(Locale.ROOT).startsWith("aws:"));
        }

        boolean expectAccepted() {
            return !tooMany() && !duplicates() && !reserved() && everyTagValid;
        }

        /** The verdict, and that each broken rule is named where the dialog will show it. */
        void assertVerdict(List<Violation> problems, String listField, String why) {
            RandomInputs.assertWellFormed(problems, why);
            assertEquals(
                    expectAccepted(),
                    problems.isEmpty(),
                    why + "expected accepted=" + expectAccepted()
                            + " (tooMany=" + tooMany() + ", duplicates=" + duplicates() + ", reserved=" + reserved()
                            + ", everyTagValid=" + everyTagValid + "), got " + problems);
            assertTrue(problems.stream().allMatch(v -> v.field().startsWith(listField)), why + problems);
            if (tooMany()) {
                assertTrue(
                        problems.stream()
                                .anyMatch(v -> v.field().equals(listField)
                                        && v.message().contains("50")),
                        why + "count limit not named: " + problems);
            }
            if (duplicates()) {
                assertTrue(problems.stream().anyMatch(v -> v.message().contains("more than once")), why + problems);
            }
            if (reserved()) {
                assertTrue(problems.stream().anyMatch(v -> v.message().contains("aws:")), why + problems);
            }
        }
    }

    private RandomTags() {}

    /**
     * Text of {@code length} code points from {@code alphabet} that starts and ends with a letter or number, so that
     * trimming (OpsWorks CM) leaves it as it is; separators only inside.
     */
    static String text(RandomInputs r, String alphabet, int length) {
        if (length <= 2) {
            return r.string(RandomInputs.UNICODE_LETTERS_AND_NUMBERS, length);
        }
        return r.oneOf(RandomInputs.UNICODE_LETTERS_AND_NUMBERS)
                + r.string(alphabet, length - 2)
                + r.oneOf(RandomInputs.UNICODE_LETTERS_AND_NUMBERS);
    }

    /**
     * 0 to 60 tags. Half of the lists are "clean" (fresh valid tags, some padded with spaces), so that acceptance is
     * common enough to be tested; in the others each tag may be a duplicate (padded for the trimming flavour), carry a
     * reserved prefix in some case, or be broken by an outsider character, an empty key or an over-long key.
     */
    static TagList list(RandomInputs r, Flavour f) {
        int size = r.between(0, 60);
        boolean clean = r.chance(0.5);
        List<Tag> tags = new ArrayList<>();
        boolean allValid = true;
        for (int i = 0; i < size; i++) {
            String key = text(r, f.alphabet(), r.between(1, 40));
            String value = text(r, f.alphabet(), r.between(0, 40));
            int kind = clean ? 0 : r.between(0, 9);
            switch (kind) {
                case 1 -> key = tags.isEmpty() ? key : r.pick(tags).key();
                case 2 -> key = r.pick(RESERVED_PREFIXES) + key;
                case 3 -> {
                    key = r.insertAnywhere(key, r.oneOf(RandomInputs.OUTSIDERS));
                    allValid = false;
                }
                case 4 -> {
                    value = r.insertAnywhere(value, r.oneOf(RandomInputs.OUTSIDERS));
                    allValid = false;
                }
                case 5 -> {
                    key = r.chance(0.5) ? "" : RandomInputs.ASTRAL_LETTER.repeat(f.maxKey() + 1);
                    allValid = false;
                }
                default -> {}
            }
            if (kind != 5 && r.chance(0.15)) {
                // Plain spaces are in both alphabets: OpsWorks CM trims them, the others keep them as part of the key.
                key = " ".repeat(r.between(0, 2)) + key + " ".repeat(r.between(1, 2));
            }
            tags.add(new Tag(key, value));
        }
        return new TagList(List.copyOf(tags), allValid, f);
    }
}
