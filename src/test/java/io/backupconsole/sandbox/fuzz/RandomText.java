package io.backupconsole.sandbox.fuzz;

import java.util.List;
import java.util.Random;

/** Hostile strings: every Unicode plane, unpaired surrogates, control characters, bidi marks, huge lengths. */
final class RandomText {
    private static final List<String> SPECIAL = List.of(
            "",
            " ",
            "\u0000",
            "\u0000abc",
            "a\u0000",
            "\t\r\n",
            "\u202Eevil\u202C",
            "\u200F\u200E",
            "\u200B",
            "\uFEFF",
            "\uD800",
            "\uDFFF",
            "a\uD800b",
            "\uDC00\uD800",
            "\uD83D\uDE00",
            "\uFFFF",
            "\uFFFE",
            "\u0085\u2028\u2029",
            "../../etc/passwd",
            "%s%n%x",
            "${jndi:ldap://x/a}",
            "<script>alert(1)</script>",
            "'; DROP TABLE x; --",
            "-1",
            "1e309",
            "NaN",
            "null",
            "true",
            "0x10",
            "arn:aws:",
            "arn:aws:backup:us-east-1:123456789012:",
            "aws:tag",
            "*",
            "\\",
            "\"",
            "{}",
            "[]");

    private RandomText() {}

    static String any(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> SPECIAL.get(random.nextInt(SPECIAL.size()));
            case 1 -> codePoints(random, 1 + random.nextInt(80));
            case 2 -> controls(random, 1 + random.nextInt(20));
            case 3 ->
                "x".repeat(random.nextInt(3) == 0 ? 200_000 + random.nextInt(600_000) : 256 + random.nextInt(4000));
            case 4 -> surrogates(random, 1 + random.nextInt(10));
            case 5 -> SPECIAL.get(random.nextInt(SPECIAL.size())) + codePoints(random, random.nextInt(5));
            case 6 -> ascii(random, 1 + random.nextInt(300));
            default -> codePoints(random, 1 + random.nextInt(5)) + "\uD800" + controls(random, 2);
        };
    }

    /** A change of a valid value that keeps most of it: one character replaced, added or removed. */
    static String near(Random random, String valid) {
        StringBuilder text = new StringBuilder(valid);
        int at = text.isEmpty() ? 0 : random.nextInt(text.length());
        switch (random.nextInt(4)) {
            case 0 -> text.insert(at, codePoints(random, 1));
            case 1 -> {
                if (!text.isEmpty()) {
                    text.deleteCharAt(at);
                }
            }
            case 2 -> text.insert(at, controls(random, 1));
            default -> text.append(valid.repeat(1 + random.nextInt(20)));
        }
        return text.toString();
    }

    static String codePoints(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int plane = random.nextInt(4);
            int codePoint = switch (plane) {
                case 0 -> random.nextInt(0x80);
                case 1 -> random.nextInt(0x10000);
                case 2 -> 0x10000 + random.nextInt(0x10000);
                default -> random.nextInt(Character.MAX_CODE_POINT + 1);
            };
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    static String controls(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(random.nextInt(4) == 0 ? (char) (0x7f + random.nextInt(0x21)) : (char) random.nextInt(0x20));
        }
        return text.toString();
    }

    static String surrogates(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) (0xD800 + random.nextInt(0x800)));
        }
        return text.toString();
    }

    static String ascii(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) (0x20 + random.nextInt(0x5f)));
        }
        return text.toString();
    }
}
