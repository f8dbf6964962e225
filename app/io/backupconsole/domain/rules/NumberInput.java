package io.backupconsole.domain.rules;

import java.util.Optional;

/**
 * A number as typed into a form field: blank means "not set", anything else must be a whole number. The range
 * is the rule set's business (e.g. {@link AwsBackupRules#checkWindows}); this only says whether there is a number.
 * Pure and thread-safe.
 *
 * @param value   the number, or null when blank or not a number
 * @param problem why the text is not a number, if it is not
 */
public record NumberInput(Long value, Optional<Violation> problem) {

    /**
     * @param field the request member ({@code StartWindowMinutes}), so the message lands on its field
     * @param label the rule set's words for it ("Start window")
     * @param unit  "minutes", "days"
     */
    public static NumberInput parse(String text, String field, String label, String unit) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return new NumberInput(null, Optional.empty());
        }
        if (!typed.matches("-?\\d+")) {
            return refused(
                    field, label + " must be a whole number of " + unit + " (" + InputEcho.quote(typed) + " is not).");
        }
        try {
            return new NumberInput(Long.parseLong(typed), Optional.empty());
        } catch (NumberFormatException tooLong) {
            return refused(field, label + " is far too large (" + typed.length() + " digits).");
        }
    }

    private static NumberInput refused(String field, String message) {
        return new NumberInput(null, Optional.of(new Violation(field, message)));
    }
}
