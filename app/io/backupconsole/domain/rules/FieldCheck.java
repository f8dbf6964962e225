package io.backupconsole.domain.rules;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * One input value checked the way the service models check a member, stopping at the first problem (the first thing
 * the user has to fix): present, then its length, then its pattern matched in full. Lengths count code points, not
 * UTF-16 units: a model length is a Smithy length trait, which counts "Unicode scalar values", so an emoji is one
 * character here as in the message the user reads. Immutable: each step returns the check so far.
 *
 * @param field   the request member the violation names
 * @param value   the value as given
 * @param problem the first violation found, or null while there is none
 */
record FieldCheck(String field, String value, Violation problem) {

    /** A value the request must carry: null or empty is the violation {@code missing}. */
    static FieldCheck required(String value, String field, String missing) {
        boolean absent = value == null || value.isEmpty();
        return new FieldCheck(field, value, absent ? new Violation(field, missing) : null);
    }

    /** A value that is there (not null); an empty one is left to {@link #length} to judge. */
    static FieldCheck given(String value, String field) {
        return new FieldCheck(field, value, null);
    }

    /** Its length in code points must lie in {@code min..max}; {@code message} is given the length it has. */
    FieldCheck length(int min, int max, IntFunction<String> message) {
        if (problem != null) {
            return this;
        }
        int length = value.codePointCount(0, value.length());
        return length < min || length > max ? failed(message.apply(length)) : this;
    }

    /** It must match {@code pattern} in full, else the violation {@code message}. */
    FieldCheck matching(Pattern pattern, String message) {
        return matching(pattern, ignored -> message);
    }

    /** It must match {@code pattern} in full, else the violation {@code message} makes of the value. */
    FieldCheck matching(Pattern pattern, UnaryOperator<String> message) {
        if (problem != null || pattern.matcher(value).matches()) {
            return this;
        }
        return failed(message.apply(value));
    }

    private FieldCheck failed(String message) {
        return new FieldCheck(field, value, new Violation(field, message));
    }

    /** No violation, or the first one found. */
    List<Violation> violations() {
        return problem == null ? List.of() : List.of(problem);
    }
}
