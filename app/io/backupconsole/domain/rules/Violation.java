package io.backupconsole.domain.rules;

/**
 * One broken rule, in words a user can act on.
 *
 * @param field   the input it concerns ({@code ServerName}, {@code Tags[2].Key}, ...): the model's member name, so the
 *                sandbox can name it and a dialog can place the message next to that field
 * @param message what is wrong, e.g. "Tag key must be at most 127 characters (it has 130)."
 */
public record Violation(String field, String message) {}
