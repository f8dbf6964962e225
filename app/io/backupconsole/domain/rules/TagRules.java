package io.backupconsole.domain.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tag rules of one service. Two rule sets exist because OpsWorks CM's documentation is stricter than the others:
 * where a service's docs and model disagree, the stricter rule wins (see docs/architecture.md, "Validation rules").
 * Pure and thread-safe: used by the create dialogs, the headless command and the sandbox alike.
 */
public final class TagRules {
    /**
     * OpsWorks CM, per its CreateBackup documentation: key 1–127, value 0–255, Unicode letters, numbers and
     * separators plus {@code + - = . _ : /} (no {@code @}, although the model allows it), leading and trailing
     * whitespace trimmed, at most 50 tags (the model allows 200).
     */
    public static final TagRules OPSWORKS_CM = new TagRules(
            127,
            255,
            50,
            Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-]*"),
            "letters, numbers, spaces and + - = . _ : /",
            true);

    /**
     * FSx, Lightsail and AWS Backup recovery-point tags: key 1–128, value 0–256, Unicode letters, numbers and
     * spaces plus {@code _ . : / = + - @}, at most 50 tags.
     */
    public static final TagRules STANDARD = new TagRules(
            128,
            256,
            50,
            Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*"),
            "letters, numbers, spaces and _ . : / = + - @",
            false);

    private final int maxKeyLength;
    private final int maxValueLength;
    private final int maxTags;
    private final Pattern allowed;
    private final String allowedInWords;
    private final boolean trims;

    private TagRules(
            int maxKeyLength, int maxValueLength, int maxTags, Pattern allowed, String allowedInWords, boolean trims) {
        this.maxKeyLength = maxKeyLength;
        this.maxValueLength = maxValueLength;
        this.maxTags = maxTags;
        this.allowed = allowed;
        this.allowedInWords = allowedInWords;
        this.trims = trims;
    }

    public int maxTags() {
        return maxTags;
    }

    public int maxKeyLength() {
        return maxKeyLength;
    }

    public int maxValueLength() {
        return maxValueLength;
    }

    /** The tag as the service stores it (OpsWorks CM trims leading and trailing whitespace). */
    public Tag normalise(Tag tag) {
        return trims ? new Tag(tag.key().strip(), tag.value().strip()) : tag;
    }

    /** Problems of one tag on its own; {@code field} prefixes the violation fields (e.g. {@code Tags[0]}). */
    public List<Violation> checkTag(Tag raw, String field) {
        Tag tag = normalise(raw);
        List<Violation> problems = new ArrayList<>();
        String key = tag.key();
        int keyLength = key.codePointCount(0, key.length());
        if (keyLength == 0) {
            problems.add(new Violation(field + ".Key", "Tag key must not be empty."));
        } else if (keyLength > maxKeyLength) {
            problems.add(new Violation(
                    field + ".Key",
                    "Tag key must be at most " + maxKeyLength + " characters (it has " + keyLength + ")."));
        } else if (!allowed.matcher(key).matches()) {
            problems.add(new Violation(
                    field + ".Key", "Tag key " + InputEcho.quote(key) + " may contain only " + allowedInWords + "."));
        } else if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
            problems.add(new Violation(field + ".Key", "Tag keys starting with \"aws:\" are reserved for AWS."));
        }
        String value = tag.value();
        int valueLength = value.codePointCount(0, value.length());
        if (valueLength > maxValueLength) {
            problems.add(new Violation(
                    field + ".Value",
                    "Tag value must be at most " + maxValueLength + " characters (it has " + valueLength + ")."));
        } else if (!allowed.matcher(value).matches()) {
            problems.add(new Violation(
                    field + ".Value",
                    "Tag value for " + InputEcho.quote(key) + " may contain only " + allowedInWords + "."));
        }
        return problems;
    }

    /** Problems of a whole tag list: each tag, duplicate keys, and the count limit. */
    public List<Violation> check(List<Tag> tags, String field) {
        List<Violation> problems = new ArrayList<>();
        if (tags.size() > maxTags) {
            problems.add(
                    new Violation(field, "At most " + maxTags + " tags are allowed (there are " + tags.size() + ")."));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String tagField = field + "[" + i + "]";
            problems.addAll(checkTag(tags.get(i), tagField));
            String key = normalise(tags.get(i)).key();
            if (!key.isEmpty() && !seen.add(key)) {
                problems.add(new Violation(
                        tagField + ".Key", "Tag key " + InputEcho.quote(key) + " is used more than once."));
            }
        }
        return problems;
    }
}
