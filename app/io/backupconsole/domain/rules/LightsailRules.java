package io.backupconsole.domain.rules;

import io.backupconsole.domain.Eligibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Input rules and snapshot eligibility of Amazon Lightsail relational databases. Pure and thread-safe: used by the
 * snapshot dialog, the headless command and the sandbox alike, so every rule is written once.
 *
 * <p>Sources: the Lightsail API reference (CreateRelationalDatabaseSnapshot, 2016-11-28) and the botocore model
 * {@code lightsail/2016-11-28}. Where they disagree the stricter rule wins.
 */
public final class LightsailRules {
    /** Shortest resource name, from the CreateRelationalDatabaseSnapshot docs ("from 2 to 255 ... characters"). */
    public static final int MIN_NAME_LENGTH = 2;
    /** Longest resource name, from the same docs; the model's {@code ResourceName} shape has no min/max at all. */
    public static final int MAX_NAME_LENGTH = 255;
    /** The state in which a database can be snapshotted. */
    public static final String AVAILABLE = "available";
    /** The state Lightsail shows while a snapshot of the database is being taken. */
    public static final String BACKING_UP = "backing-up";

    private static final String NAME_CHARACTERS = "letters (A-Z, a-z), numbers (0-9) and hyphens";

    private LightsailRules() {}

    /**
     * Problems of a database or snapshot name ({@code ResourceName}). The model's pattern {@code \w[\w\-]*\w} would
     * also accept underscores and non-ASCII word characters, but the documentation says "alphanumeric characters,
     * or hyphens; the first and last character must be a letter or number", so the stricter documented rule
     * {@code ^[A-Za-z0-9][A-Za-z0-9-]{0,253}[A-Za-z0-9]$} applies. At most one violation is reported per name: the
     * first thing the user has to fix.
     *
     * @param field the request member, e.g. {@code relationalDatabaseSnapshotName}
     */
    public static List<Violation> checkResourceName(String name, String field) {
        String label = labelOf(field);
        if (name == null || name.isEmpty()) {
            return List.of(new Violation(field, label + " is required."));
        }
        int length = name.codePointCount(0, name.length());
        if (length < MIN_NAME_LENGTH) {
            return List.of(new Violation(
                    field,
                    label + " must be at least " + MIN_NAME_LENGTH + " characters long (it has " + length + ")."));
        }
        if (length > MAX_NAME_LENGTH) {
            return List.of(new Violation(
                    field,
                    label + " must be at most " + MAX_NAME_LENGTH + " characters long (it has " + length + ")."));
        }
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (!isAsciiAlphanumeric(c) && c != '-') {
                return List.of(new Violation(
                        field,
                        label + " contains " + InputEcho.quote(Character.toString(c)) + " at position " + (i + 1)
                                + "; only " + NAME_CHARACTERS + " are allowed."));
            }
            i += Character.charCount(c);
        }
        if (!isAsciiAlphanumeric(name.charAt(0))) {
            return List.of(new Violation(field, label + " must start with a letter or a number."));
        }
        if (!isAsciiAlphanumeric(name.charAt(name.length() - 1))) {
            return List.of(new Violation(field, label + " must end with a letter or a number."));
        }
        return List.of();
    }

    /** True when {@link #checkResourceName} finds nothing wrong. */
    public static boolean isValidResourceName(String name) {
        return checkResourceName(name, "name").isEmpty();
    }

    /**
     * Every problem of a CreateRelationalDatabaseSnapshot request: both names and the tags. Tags follow
     * {@link TagRules#STANDARD}: the Lightsail docs give key 1-128, value 0-256 characters from letters, numbers,
     * spaces and {@code + - = . _ : / @}, at most 50 tags per resource, keys unique; the model has no constraints.
     */
    public static List<Violation> checkSnapshotRequest(String databaseName, String snapshotName, List<Tag> tags) {
        List<Violation> problems = new ArrayList<>();
        problems.addAll(checkResourceName(databaseName, "relationalDatabaseName"));
        problems.addAll(checkResourceName(snapshotName, "relationalDatabaseSnapshotName"));
        problems.addAll(checkTags(tags));
        return problems;
    }

    /** Problems of a tag list sent as the request member {@code tags}. */
    public static List<Violation> checkTags(List<Tag> tags) {
        return TagRules.STANDARD.check(tags == null ? List.of() : tags, "tags");
    }

    /**
     * Whether a database in {@code databaseState} can be snapshotted now. Lightsail snapshots only databases in the
     * {@code available} state: a stopped database has to be started first, and one snapshot at a time is taken
     * (the database shows {@code backing-up} meanwhile). The state is free text in the model, so any state other
     * than {@code available} is refused with its own name; an unknown state is not.
     */
    public static Eligibility eligibility(String databaseState) {
        if (databaseState == null || databaseState.isBlank()) {
            // The model requires no member of a database: a state the answer left out is for the service to judge.
            return Eligibility.ALLOWED;
        }
        String state = databaseState.strip().toLowerCase(Locale.ROOT);
        return switch (state) {
            case AVAILABLE -> Eligibility.ALLOWED;
            case "stopped" -> Eligibility.refused("Database is stopped");
            case BACKING_UP -> Eligibility.refused("Database is backing-up: a snapshot is already being created");
            case "creating" -> Eligibility.refused("Database is creating");
            case "deleting" -> Eligibility.refused("Database is being deleted");
            default -> Eligibility.refused("Database is " + state);
        };
    }

    private static boolean isAsciiAlphanumeric(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static String labelOf(String field) {
        return switch (field) {
            case "relationalDatabaseName" -> "Database name (relationalDatabaseName)";
            case "relationalDatabaseSnapshotName" -> "Snapshot name (relationalDatabaseSnapshotName)";
            default -> "Name (" + field + ")";
        };
    }
}
