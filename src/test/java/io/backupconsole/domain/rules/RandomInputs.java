package io.backupconsole.domain.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.LongStream;

/**
 * A tiny seeded generator for the rule property tests (no jqwik: no new dependencies). Each generated case has its
 * own seed, {@link #BASE_SEED} + case number, and every assertion message starts with {@link #why}, which names that
 * seed: a failure is replayed by running the test again (the seeds are fixed) or with {@code -Dbc.seed=<base>}.
 *
 * <p>Alphabets are written out by hand from the model patterns instead of sampling a general regex engine: each one
 * mixes ASCII with a few non-ASCII and supplementary ("astral") code points, because the interesting bugs are in
 * length counting (code points vs UTF-16 units) and in character classes.
 */
final class RandomInputs {
    static final long BASE_SEED = Long.getLong("bc.seed", 20_261_201L);
    /** Cases per property: a few hundred, cheap enough for two shared cores. */
    static final int CASES = 300;

    static final String ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String DIGITS = "0123456789";
    static final String HEX = "0123456789abcdef";
    /** \p{L} and \p{N}, incl. titlecase ǅ, Arabic-Indic ٣, Roman Ⅻ (Nl), and astral 𝒜 (Lu), 𝟘 (Nd), 𐐀 (Lu). */
    static final String UNICODE_LETTERS_AND_NUMBERS = ASCII_LETTERS + DIGITS + "éßЖ中ǅ٣Ⅻ𝒜𝟘𐐀";
    /** \p{Z}: space, no-break space, ideographic space, line separator (Zl), paragraph separator (Zp). */
    static final String SEPARATORS = " \u00A0\u3000\u2028\u2029";
    /** A letter outside the BMP: one code point, two UTF-16 units. */
    static final String ASTRAL_LETTER = "𝒜";
    /**
     * Characters outside every tag and name alphabet here: ASCII punctuation, controls, a soft hyphen (Cf), a
     * combining accent (Mn), an emoji (So), and lone surrogates. None is whitespace, so trimming cannot hide them.
     */
    static final String OUTSIDERS = "#$%&*!?,;<>()[]{}|\\~^\"'`\u0000\u0007\u007F\u00AD\u0301😀\uD800\uDFFF";

    final long seed;
    private final RandomGenerator random;

    RandomInputs(long seed) {
        this.seed = seed;
        this.random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }

    /** The {@code @MethodSource} of every property: one seed per case. */
    static LongStream seeds() {
        return LongStream.range(0, CASES).map(i -> BASE_SEED + i);
    }

    /** Prefix of every assertion message: the seed and the input, escaped and shortened so the report stays legible. */
    String why(Object input) {
        return "seed " + seed + ", input " + show(String.valueOf(input)) + ": ";
    }

    static String show(String s) {
        StringBuilder out = new StringBuilder("\"");
        int shown = Math.min(s.length(), 160);
        for (int i = 0; i < shown; i++) {
            char c = s.charAt(i);
            out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return out.append(s.length() > shown ? "\"… (" + s.length() + " chars)" : "\"")
                .toString();
    }

    int between(int min, int maxInclusive) {
        return random.nextInt(min, maxInclusive + 1);
    }

    long between(long min, long maxInclusive) {
        return random.nextLong(min, maxInclusive + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** One code point of {@code alphabet}, as a string (so astral characters stay whole). */
    String oneOf(String alphabet) {
        int[] points = alphabet.codePoints().toArray();
        return Character.toString(points[random.nextInt(points.length)]);
    }

    /** {@code length} code points drawn from {@code alphabet}. */
    String string(String alphabet, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(oneOf(alphabet));
        }
        return out.toString();
    }

    /** {@code text} with {@code insert} put at a random code point boundary (never inside a surrogate pair). */
    String insertAnywhere(String text, String insert) {
        int points = text.codePointCount(0, text.length());
        int at = text.offsetByCodePoints(0, random.nextInt(points + 1));
        return text.substring(0, at) + insert + text.substring(at);
    }

    /**
     * Arbitrary UTF-16: printable ASCII, C0 controls, any BMP unit (so lone surrogates), astral pairs, whitespace.
     * Usually short; one time in twenty up to 100,000 units, to catch regex backtracking and recursion.
     */
    String anyText() {
        int length = chance(0.05) ? between(1_000, 100_000) : between(0, 300);
        StringBuilder out = new StringBuilder(length + 1);
        while (out.length() < length) {
            switch (random.nextInt(5)) {
                case 0 -> out.append((char) between(0x20, 0x7E));
                case 1 -> out.append((char) between(0x00, 0x1F));
                case 2 -> out.append((char) random.nextInt(0x10000));
                case 3 -> out.appendCodePoint(between(0x10000, 0x10FFFF));
                default -> out.append(oneOf(" \t\r\n\u00A0\u2028\u3000"));
            }
        }
        return out.toString();
    }

    /** {@link #anyText}, or null one time in ten (for the rules whose member is optional or may arrive unset). */
    String anyTextOrNull() {
        return chance(0.1) ? null : anyText();
    }

    /** Every refusal names its field and says something: the dialog shows the message next to that field. */
    static void assertWellFormed(List<Violation> problems, String why) {
        assertNotNull(problems, why + "null result");
        for (Violation v : problems) {
            assertFalse(v.field() == null || v.field().isBlank(), why + "violation without a field: " + v);
            assertFalse(v.message() == null || v.message().isBlank(), why + "violation without a message: " + v);
        }
    }
}
