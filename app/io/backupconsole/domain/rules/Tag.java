package io.backupconsole.domain.rules;

import java.util.Objects;

/** A tag as the user typed it (not yet trimmed or checked). */
public record Tag(String key, String value) {
    public Tag {
        Objects.requireNonNull(key, "key");
        value = value == null ? "" : value;
    }
}
