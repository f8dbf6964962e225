package io.backupconsole.domain.rules;

import io.backupconsole.domain.Eligibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Amazon FSx input rules and backup eligibility, shared by the backup dialog, the FSx adapter and the sandbox's FSx
 * simulator. Pure and thread-safe.
 *
 * <p>Sources: the FSx 2018-03-01 service model for ids, tokens, tags and paging (patterns matched in full, lengths
 * checked separately); the CreateBackup documentation and the Lustre / ONTAP / OpenZFS user guides for what can be
 * backed up (see {@link FsxEligibility}). Where model and documentation disagree, the stricter rule wins: the
 * {@code ClientRequestToken} pattern of the model ({@code [A-za-z0-9_.-]{0,63}$}, with an {@code A-z} typo and no
 * anchor) is replaced by the documented "up to 63 ASCII characters" of letters, digits, {@code _ . -}.
 */
public final class FsxRules {
    /** Model shape {@code FileSystemId}: min 11, max 21, pattern {@code ^(fs-[0-9a-f]{8,})$}. */
    public static final int FILE_SYSTEM_ID_MIN = 11;

    public static final int FILE_SYSTEM_ID_MAX = 21;
    /** Model shape {@code VolumeId}: exactly 23, pattern {@code ^(fsvol-[0-9a-f]{17,})$}. */
    public static final int VOLUME_ID_LENGTH = 23;
    /** Model shape {@code BackupId}: min 12, max 128, pattern {@code ^(backup-[0-9a-f]{8,})$}. */
    public static final int BACKUP_ID_MIN = 12;

    public static final int BACKUP_ID_MAX = 128;
    /** Model shape {@code ClientRequestToken}: min 1, max 63. */
    public static final int TOKEN_MAX = 63;
    /** Model shape {@code Tags}: "A list of Tag values, with a maximum of 50 elements", min 1 when present. */
    public static final int MAX_TAGS = 50;
    /** The tag whose value the FSx console shows as the backup's name (CreateBackup documentation). */
    public static final String NAME_TAG = "Name";

    public static final Pattern FILE_SYSTEM_ID = Pattern.compile("fs-[0-9a-f]{8,}");
    public static final Pattern VOLUME_ID = Pattern.compile("fsvol-[0-9a-f]{17,}");
    public static final Pattern BACKUP_ID = Pattern.compile("backup-[0-9a-f]{8,}");
    /** Stricter than the model (see the class comment); UUIDs, which the SDK fills in, qualify. */
    public static final Pattern CLIENT_REQUEST_TOKEN = Pattern.compile("[A-Za-z0-9_.-]{1,63}");
    /** Model shape {@code FilterValue} / {@code VolumeFilterValue}: min 1, max 128. */
    public static final Pattern FILTER_VALUE = Pattern.compile("[0-9a-zA-Z*.\\\\/?\\-_]{1,128}");
    /** Model shape {@code NextToken}: min 1, max 255, base64. */
    public static final Pattern NEXT_TOKEN =
            Pattern.compile("(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?");

    public static final int NEXT_TOKEN_MAX = 255;

    /** Backup lifecycles during which another backup of the same resource is refused with BackupInProgress. */
    public static final Set<String> RUNNING_BACKUP_LIFECYCLES = Set.of("PENDING", "CREATING", "TRANSFERRING");

    private static final IdRule FILE_SYSTEM = new IdRule(
            "File system id",
            FILE_SYSTEM_ID,
            FILE_SYSTEM_ID_MIN,
            FILE_SYSTEM_ID_MAX,
            "fs- followed by at least 8 lowercase hex digits");
    private static final IdRule VOLUME = new IdRule(
            "Volume id", VOLUME_ID, VOLUME_ID_LENGTH, VOLUME_ID_LENGTH, "fsvol- followed by 17 lowercase hex digits");
    private static final IdRule BACKUP = new IdRule(
            "Backup id",
            BACKUP_ID,
            BACKUP_ID_MIN,
            BACKUP_ID_MAX,
            "backup- followed by at least 8 lowercase hex digits");

    private FsxRules() {}

    public static List<Violation> checkFileSystemId(String id, String field) {
        return FILE_SYSTEM.check(id, field);
    }

    public static List<Violation> checkVolumeId(String id, String field) {
        return VOLUME.check(id, field);
    }

    public static List<Violation> checkBackupId(String id, String field) {
        return BACKUP.check(id, field);
    }

    /** A resource the backup dialog offers: a file system ({@code fs-…}) or an ONTAP volume ({@code fsvol-…}). */
    public static List<Violation> checkResourceId(String id) {
        if (id != null && id.startsWith("fsvol-")) {
            return checkVolumeId(id, "VolumeId");
        }
        return checkFileSystemId(id, "FileSystemId");
    }

    /** The idempotency token: 1–63 letters, digits, {@code _ . -}. Absent (null) is fine: the SDK fills one in. */
    public static List<Violation> checkClientRequestToken(String token) {
        if (token == null) {
            return List.of();
        }
        return FieldCheck.given(token, "ClientRequestToken")
                .length(
                        1,
                        TOKEN_MAX,
                        length -> "Client request token must be 1 to " + TOKEN_MAX + " characters (it has " + length
                                + ").")
                .matching(CLIENT_REQUEST_TOKEN, "Client request token may contain only letters, digits and _ . -")
                .violations();
    }

    /** The backup name, stored as the value of the {@code Name} tag: the tag value rules of {@link TagRules#STANDARD}. */
    public static List<Violation> checkBackupName(String name) {
        if (name == null || name.isEmpty()) {
            return List.of();
        }
        List<Violation> problems = new ArrayList<>();
        for (Violation v : TagRules.STANDARD.checkTag(new Tag(NAME_TAG, name), "Name")) {
            problems.add(new Violation(
                    "Name",
                    v.message().replace("Tag value for \"Name\"", "Backup name").replace("Tag value", "Backup name")));
        }
        return problems;
    }

    /**
     * A request's {@code Tags} list when present: 1 to 50 tags (model min 1, max 50) each per
     * {@link TagRules#STANDARD}, keys unique.
     */
    public static List<Violation> checkTags(List<Tag> tags) {
        if (tags == null) {
            return List.of(); // Tags is optional in CreateBackupRequest: absent is fine, only an empty list is not
        }
        if (tags.isEmpty()) {
            return List.of(new Violation("Tags", "Tags must contain at least 1 tag when given."));
        }
        return TagRules.STANDARD.check(tags, "Tags");
    }

    /**
     * The tags a new backup is created with: the {@code Name} tag (when a name is given) first, then the user's other
     * tags. A user tag named {@code Name} gives way to the explicit name.
     */
    public static List<Tag> backupTags(String name, List<Tag> tags) {
        List<Tag> all = new ArrayList<>();
        boolean named = name != null && !name.isEmpty();
        if (named) {
            all.add(new Tag(NAME_TAG, name));
        }
        for (Tag tag : tags) {
            if (!(named && tag.key().equals(NAME_TAG))) {
                all.add(tag);
            }
        }
        return List.copyOf(all);
    }

    /** Everything the backup dialog asks for, checked as the service will check it. */
    public static List<Violation> checkCreateBackup(String resourceId, String name, List<Tag> given, String token) {
        List<Tag> tags = given == null ? List.of() : given; // no further tags (Tags is optional in the model)
        List<Violation> problems = new ArrayList<>(checkResourceId(resourceId));
        problems.addAll(checkBackupName(name));
        // The user's own tags keep their indices (so a dialog can mark the right row); the count includes Name.
        problems.addAll(TagRules.STANDARD.check(tags, "Tags"));
        int total = backupTags(name, tags).size();
        if (total > MAX_TAGS && tags.size() <= MAX_TAGS) {
            problems.add(new Violation(
                    "Tags",
                    "At most " + MAX_TAGS + " tags are allowed, including the Name tag" + " (there are " + total
                            + ")."));
        }
        problems.addAll(checkClientRequestToken(token));
        return problems;
    }

    /** Whether a file system can be backed up now; see {@link FsxEligibility#fileSystem}. */
    public static Eligibility fileSystemEligibility(
            String fileSystemId, String fileSystemType, String lifecycle, String deploymentType, boolean linkedToS3) {
        return FsxEligibility.fileSystem(fileSystemId, fileSystemType, lifecycle, deploymentType, linkedToS3)
                .eligibility();
    }

    /** Whether a volume can be backed up now; see {@link FsxEligibility#volume}. */
    public static Eligibility volumeEligibility(
            String fileSystemId,
            String volumeType,
            String lifecycle,
            String ontapVolumeType,
            boolean storageVirtualMachineRoot) {
        return FsxEligibility.volume(fileSystemId, volumeType, lifecycle, ontapVolumeType, storageVirtualMachineRoot)
                .eligibility();
    }

    /** A model identifier: what the messages call it, its pattern and length, and its shape in words. */
    private record IdRule(String what, Pattern pattern, int min, int max, String shape) {
        List<Violation> check(String id, String field) {
            String range = min == max ? "exactly " + min : min + " to " + max;
            return FieldCheck.required(id, field, what + " must not be empty.")
                    .length(min, max, length -> what + " must be " + range + " characters (it has " + length + ").")
                    .matching(pattern, what + " must be " + shape + ".")
                    .violations();
        }
    }
}
