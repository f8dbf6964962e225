package io.backupconsole.domain;

import java.util.Objects;

/**
 * Whether a resource can be backed up now and, when not, why, in words shown next to the disabled action
 * ("Server is BACKING_UP", "Scratch Lustre file systems cannot be backed up").
 */
public record Eligibility(boolean allowed, String reason) {
    public static final Eligibility ALLOWED = new Eligibility(true, "");

    public Eligibility {
        Objects.requireNonNull(reason, "reason");
        if (!allowed && reason.isBlank()) {
            throw new IllegalArgumentException("A refusal needs a reason the user can read");
        }
    }

    public static Eligibility refused(String reason) {
        return new Eligibility(false, reason);
    }
}
