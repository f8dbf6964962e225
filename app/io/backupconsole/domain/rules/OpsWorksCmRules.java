package io.backupconsole.domain.rules;

import io.backupconsole.domain.Eligibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * OpsWorks CM input rules and backup eligibility, shared by the backup dialog, the headless command and the
 * sandbox's OpsWorks CM simulator. Pure and thread-safe.
 *
 * <p>Sources: the OpsWorks CM 2016-11-01 service model (member lengths and patterns, matched in full although the
 * model's patterns are unanchored) and the CreateBackup / DeleteBackup API documentation (states that allow a
 * backup, the limit of 50 manual backups, the tag rules in {@link TagRules#OPSWORKS_CM}).
 */
public final class OpsWorksCmRules {
    /** Model shape {@code ServerName}: min 1, max 40. */
    public static final int SERVER_NAME_MAX_LENGTH = 40;
    /** Model shape {@code String} used by {@code CreateBackupRequest.Description}: max 10000. */
    public static final int DESCRIPTION_MAX_LENGTH = 10_000;
    /** Model shape {@code BackupId}: max 79 (no min; the pattern needs one letter). */
    public static final int BACKUP_ID_MAX_LENGTH = 79;
    /** CreateBackup documentation: "By default, you can create a maximum of 50 manual backups." */
    public static final int MAX_MANUAL_BACKUPS = 50;
    /** CreateBackup documentation: "Backups can be created for servers in RUNNING, HEALTHY, and UNHEALTHY states." */
    public static final Set<String> BACKUP_STATUSES = Set.of("RUNNING", "HEALTHY", "UNHEALTHY");

    /** Model pattern of {@code ServerName}, matched in full: a letter, then letters, digits and hyphens. */
    private static final Pattern SERVER_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9\\-]*");
    /** Model pattern of {@code BackupId}, matched in full: a letter, then letters, digits, {@code - . :}. */
    private static final Pattern BACKUP_ID = Pattern.compile("[a-zA-Z][a-zA-Z0-9\\-.:]*");

    private OpsWorksCmRules() {}

    /** Problems of a server name (required wherever it is given). */
    public static List<Violation> checkServerName(String serverName) {
        return checkNamed(
                serverName,
                "ServerName",
                "Server name",
                SERVER_NAME_MAX_LENGTH,
                SERVER_NAME,
                "Server name must start with a letter and contain only letters, digits and hyphens.");
    }

    /**
     * Problems of an optional backup description (null and empty are fine). The length counts code points, not
     * UTF-16 units: a model {@code max} is a Smithy length trait, which for strings counts "Unicode scalar values"
     * (smithy.io, Constraint traits, "length trait"), so 10,000 emoji fit although Java stores 20,000 chars.
     */
    public static List<Violation> checkDescription(String description) {
        int length = description == null ? 0 : description.codePointCount(0, description.length());
        if (length > DESCRIPTION_MAX_LENGTH) {
            return List.of(new Violation(
                    "Description",
                    "Description must be at most " + DESCRIPTION_MAX_LENGTH + " characters (it has " + length + ")."));
        }
        return List.of();
    }

    /** Problems of a backup id such as {@code chef-prod-20240101080000123}. */
    public static List<Violation> checkBackupId(String backupId) {
        return checkNamed(
                backupId,
                "BackupId",
                "Backup id",
                BACKUP_ID_MAX_LENGTH,
                BACKUP_ID,
                "Backup id must start with a letter and contain only letters, digits and - . :");
    }

    /** A required name or id: not empty, at most {@code max} code points (see checkDescription), {@code pattern}. */
    private static List<Violation> checkNamed(
            String value, String field, String what, int max, Pattern pattern, String patternMessage) {
        return FieldCheck.required(value, field, what + " must not be empty.")
                .length(0, max, length -> what + " must be at most " + max + " characters (it has " + length + ").")
                .matching(pattern, patternMessage)
                .violations();
    }

    /** Problems of a backup's tags, per {@link TagRules#OPSWORKS_CM} (at most 50, trimmed, no {@code @}). */
    public static List<Violation> checkTags(List<Tag> tags) {
        // Tags is optional in CreateBackupRequest (model TagList, min 0): absent (null) means no tags, not a crash.
        return TagRules.OPSWORKS_CM.check(tags == null ? List.of() : tags, "Tags");
    }

    /** Every problem of a CreateBackup request, in the order of the form's fields. */
    public static List<Violation> checkCreateBackup(String serverName, String description, List<Tag> tags) {
        List<Violation> problems = new ArrayList<>(checkServerName(serverName));
        problems.addAll(checkDescription(description));
        problems.addAll(checkTags(tags));
        return problems;
    }

    /** True when a server in this status accepts a new backup. */
    public static boolean statusAllowsBackup(String status) {
        return status != null && BACKUP_STATUSES.contains(status);
    }

    /** True when a server holding this many manual backups may not get another one. */
    public static boolean manualBackupLimitReached(int manualBackupCount) {
        return manualBackupCount >= MAX_MANUAL_BACKUPS;
    }

    /**
     * Whether a server can be backed up now: its status must be RUNNING, HEALTHY or UNHEALTHY (BACKING_UP means a
     * backup is already running, and only one may run at a time), and it must hold fewer than 50 manual backups
     * (automated backups do not count).
     *
     * @param status            the server's {@code Status} as the service spells it, or null when the answer left it
     *                          out (then the service decides)
     * @param manualBackupCount the server's existing MANUAL backups (0 when they cannot be counted)
     */
    public static Eligibility eligibility(String status, int manualBackupCount) {
        if (status != null && status.equals("BACKING_UP")) {
            return Eligibility.refused("Server is BACKING_UP: a backup is already running");
        }
        // A status the answer left out is not held against the server: the service decides.
        if (status != null && !status.isBlank() && !statusAllowsBackup(status)) {
            return Eligibility.refused("Server is " + status);
        }
        if (manualBackupLimitReached(manualBackupCount)) {
            return Eligibility.refused("The server already has " + MAX_MANUAL_BACKUPS
                    + " manual backups (the OpsWorks CM limit); delete one first");
        }
        return Eligibility.ALLOWED;
    }
}
