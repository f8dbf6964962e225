package io.backupconsole.domain.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every rule that takes text, fed the worst values a form field or a command line can hold: null, a lone NUL,
 * bidi overrides, unpaired surrogates and a megabyte of each. Nothing throws; what is refused gets a message
 * a person can read (not blank, not the megabyte echoed back, no control characters), and a megabyte is refused.
 */
class HostileValuesTest {
    private static final int MEGABYTE = 1 << 20;
    /** Long enough for any real message, short enough that a dialog can show it. */
    private static final int MESSAGE_MAX = 400;

    private static final Map<String, String> VALUES = values();

    private static Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("NUL", "\u0000");
        values.put("NULs around text", "\u0000abc\u0000");
        values.put("right-to-left override", "\u202Eabc\u202C");
        values.put("right-to-left mark", "\u200Fab");
        values.put("zero-width space", "\u200B");
        values.put("byte-order mark", "\uFEFFabc");
        values.put("unpaired high surrogate", "ab\uD800");
        values.put("unpaired low surrogate", "\uDC00ab");
        values.put("control characters", "a\u0007\u001B[31mb\r\n");
        values.put("1 MB of letters", "a".repeat(MEGABYTE));
        values.put("1 MB of digits", "7".repeat(MEGABYTE));
        values.put("1 MB of right-to-left marks", "\u200F".repeat(MEGABYTE));
        values.put("1 MB of unpaired surrogates", "\uD800".repeat(MEGABYTE));
        values.put("1 MB of astral letters", "𝒜".repeat(MEGABYTE / 2));
        values.put("1 MB of NULs", "\u0000".repeat(MEGABYTE));
        return values;
    }

    private static Map<String, Function<String, List<Violation>>> rules() {
        Map<String, Function<String, List<Violation>>> rules = new LinkedHashMap<>();
        rules.put("OpsWorks CM server name", OpsWorksCmRules::checkServerName);
        rules.put("OpsWorks CM description", OpsWorksCmRules::checkDescription);
        rules.put("OpsWorks CM backup id", OpsWorksCmRules::checkBackupId);
        rules.put("OpsWorks CM tag key", text -> OpsWorksCmRules.checkTags(List.of(new Tag(text, "v"))));
        rules.put("OpsWorks CM tag value", text -> OpsWorksCmRules.checkTags(List.of(new Tag("k", text))));
        rules.put("OpsWorks CM tag key of a bad value", text -> OpsWorksCmRules.checkTags(List.of(new Tag(text, "#"))));
        rules.put("FSx resource id", FsxRules::checkResourceId);
        rules.put("FSx backup id", text -> FsxRules.checkBackupId(text, "BackupId"));
        rules.put("FSx token", FsxRules::checkClientRequestToken);
        rules.put("FSx backup name", FsxRules::checkBackupName);
        rules.put("FSx tag key", text -> FsxRules.checkTags(List.of(new Tag(text, "v"))));
        rules.put("FSx tag value", text -> FsxRules.checkTags(List.of(new Tag("k", text))));
        rules.put("Lightsail name", text -> LightsailRules.checkResourceName(text, "relationalDatabaseSnapshotName"));
        rules.put("Lightsail snapshot", text -> LightsailRules.checkSnapshotRequest("orders-pg", text, List.of()));
        rules.put("Lightsail tag key", text -> LightsailRules.checkTags(List.of(new Tag(text, "v"))));
        rules.put("AWS Backup vault", AwsBackupRules::checkVaultName);
        rules.put("AWS Backup resource ARN", AwsBackupRules::checkResourceArn);
        rules.put("AWS Backup role ARN", AwsBackupRules::checkIamRoleArn);
        rules.put("AWS Backup tag key", text -> AwsBackupRules.checkRecoveryPointTags(List.of(new Tag(text, "v"))));
        rules.put("AWS Backup tag value", text -> AwsBackupRules.checkRecoveryPointTags(List.of(new Tag("k", text))));
        rules.put(
                "AWS Backup duplicate tag key",
                text -> AwsBackupRules.checkRecoveryPointTags(List.of(new Tag(text, "v"), new Tag(text, "w"))));
        rules.put("AWS Backup option", text -> AwsBackupRules.checkBackupOptions(Map.of(text, text), "EC2", "windows"));
        rules.put("AWS Backup WindowsVSS value", text -> {
            Map<String, String> options = new HashMap<>();
            options.put("WindowsVSS", text);
            return AwsBackupRules.checkBackupOptions(options, "EC2", "windows");
        });
        rules.put(
                "AWS Backup role warning",
                text -> AwsBackupRules.roleNameWarning("arn:aws:iam::123456789012:role/" + text)
                        .map(w -> List.of(new Violation("IamRoleArn", w)))
                        .orElse(List.of()));
        rules.put(
                "a number",
                text -> NumberInput.parse(text, "StartWindowMinutes", "Start window", "minutes")
                        .problem()
                        .map(List::of)
                        .orElse(List.of()));
        return rules;
    }

    @Test
    void hostileTextGetsAReadableRefusalAndNeverAnException() {
        List<String> problems = new ArrayList<>();
        rules().forEach((rule, check) -> {
            List<String> inputs = new ArrayList<>(VALUES.keySet());
            inputs.add("null");
            for (String input : inputs) {
                String text = VALUES.get(input);
                String where = rule + " ← " + input + ": ";
                if (text == null && (rule.contains("tag key") || rule.contains("option") || rule.contains("role"))) {
                    continue; // a Tag has a key by construction: the forms give "" for an empty one
                }
                List<Violation> violations;
                try {
                    violations = check.apply(text);
                } catch (RuntimeException e) {
                    problems.add(where + "threw " + e);
                    continue;
                }
                if (input.startsWith("1 MB")
                        && violations.isEmpty()
                        && !rule.equals("a number")
                        && !rule.contains("role warning")) {
                    problems.add(where + "accepted");
                }
                for (Violation v : violations) {
                    String message = v.message();
                    if (message == null
                            || message.isBlank()
                            || message.length() > MESSAGE_MAX
                            || message.codePoints().anyMatch(HostileValuesTest::garbles)) {
                        problems.add(where + "unreadable message " + RandomInputs.show(String.valueOf(message)));
                    }
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Characters that do not show, or change how the rest of a label shows (bidi overrides). */
    private static boolean garbles(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    @Test
    void aMegabyteOfDigitsIsNotANumber() {
        assertFalse(NumberInput.parse("7".repeat(MEGABYTE), "f", "Start window", "minutes")
                .problem()
                .isEmpty());
    }
}
