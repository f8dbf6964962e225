package io.backupconsole.domain.rules;

/**
 * User input quoted inside a message, as a label can show it: about {@link #MAX_SHOWN} characters (a
 * megabyte pasted into a field is not repeated back), and what would not show or would garble the message written
 * as {@code <U+XXXX>}: control characters, bidi overrides and other format characters, unpaired surrogates, line
 * and paragraph separators, unassigned code points. Plain text is quoted unchanged. Pure and thread-safe.
 */
final class InputEcho {
    /** How much of the input is shown, counting a spelled-out character as its spelling. */
    static final int MAX_SHOWN = 40;

    private InputEcho() {}

    /** {@code text} in double quotes, shortened with "…" and with invisible characters spelled out. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); ) {
            if (out.length() > MAX_SHOWN) {
                out.append('…');
                break;
            }
            int c = text.codePointAt(i);
            out.append(visible(c) ? Character.toString(c) : String.format("<U+%04X>", c));
            i += Character.charCount(c);
        }
        return out.append('"').toString();
    }

    private static boolean visible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.UNASSIGNED,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
