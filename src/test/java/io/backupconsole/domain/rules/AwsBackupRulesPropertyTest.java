package io.backupconsole.domain.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.awsbackup.BackupJobRequest;
import io.backupconsole.domain.awsbackup.RecoveryPointLifecycle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * AWS Backup StartBackupJob inputs: BackupVaultName {@code ^[a-zA-Z0-9\-\_]{2,50}$} (model), IAM role ARNs (IAM's
 * RoleName {@code [\w+=,.@-]{1,64}} with an optional path), and windows and lifecycle from the StartBackupJob docs
 * (facts §4.4): start 60..52,560,000 minutes, complete at most 52,560,000, each lifecycle value at most 36,500 days,
 * retention at least 90 days after the move to cold storage. The oracle below is written from those numbers only.
 */
class AwsBackupRulesPropertyTest {
    private static final long MAX_WINDOW = 52_560_000L;
    private static final long MAX_DAYS = 36_500L;
    private static final String VAULT_ALPHABET = RandomInputs.ASCII_LETTERS + RandomInputs.DIGITS + "-_";
    private static final String ROLE_NAME_ALPHABET = RandomInputs.ASCII_LETTERS + RandomInputs.DIGITS + "_+=,.@-";
    private static final String VALID_ROLE = "arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole";
    private static final String VALID_RESOURCE = "arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-1";

    static LongStream seeds() {
        return RandomInputs.seeds();
    }

    private static String roleArn(RandomInputs r, String name) {
        String partition = r.pick(List.of("aws", "aws-cn", "aws-us-gov"));
        StringBuilder path = new StringBuilder();
        for (int i = r.between(0, 3); i > 0; i--) {
            path.append(r.string("abcXYZ019-_.~!", r.between(1, 12))).append('/');
        }
        return "arn:" + partition + ":iam::" + r.string(RandomInputs.DIGITS, 12) + ":role/" + path + name;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void modelDrawnNamesAndArnsAreAccepted(long seed) {
        RandomInputs r = new RandomInputs(seed);
        String vault = r.string(VAULT_ALPHABET, r.between(2, 50));
        String role = roleArn(r, r.string(ROLE_NAME_ALPHABET, r.between(1, 64)));
        String resource = "arn:aws:" + r.pick(List.of("ec2", "fsx", "rds", "dynamodb")) + ":us-west-2:"
                + r.string(RandomInputs.DIGITS, 12) + ":" + r.string(VAULT_ALPHABET + ":/", r.between(1, 80));
        assertEquals(List.of(), AwsBackupRules.checkVaultName(vault), r.why(vault));
        assertEquals(List.of(), AwsBackupRules.checkIamRoleArn(role), r.why(role));
        assertEquals(List.of(), AwsBackupRules.checkResourceArn(resource), r.why(resource));
    }

    @Test
    void boundaries() {
        RandomInputs r = new RandomInputs(RandomInputs.BASE_SEED);
        assertEquals(
                "BackupVaultName",
                AwsBackupRules.checkVaultName(r.string(VAULT_ALPHABET, 1))
                        .get(0)
                        .field(),
                "min-1");
        assertEquals(List.of(), AwsBackupRules.checkVaultName(r.string(VAULT_ALPHABET, 2)), "min 2");
        assertEquals(List.of(), AwsBackupRules.checkVaultName(r.string(VAULT_ALPHABET, 50)), "max 50");
        assertTrue(AwsBackupRules.checkVaultName(r.string(VAULT_ALPHABET, 51))
                .get(0)
                .message()
                .contains("2 to 50"));
        assertEquals(List.of(), AwsBackupRules.checkIamRoleArn(roleArn(r, "r".repeat(64))), "role name max 64");
        assertEquals(
                "IamRoleArn",
                AwsBackupRules.checkIamRoleArn(roleArn(r, "r".repeat(65)))
                        .get(0)
                        .field());
        assertEquals(
                "IamRoleArn",
                AwsBackupRules.checkIamRoleArn(roleArn(r, "")).get(0).field(),
                "role name min-1");
        // Windows and lifecycle edges: each side of every documented number.
        assertEquals(1, AwsBackupRules.checkWindows(59L, null).size());
        assertEquals(List.of(), AwsBackupRules.checkWindows(60L, null));
        assertEquals(List.of(), AwsBackupRules.checkWindows(MAX_WINDOW, null));
        assertEquals(1, AwsBackupRules.checkWindows(MAX_WINDOW + 1, null).size());
        assertEquals(List.of(), AwsBackupRules.checkWindows(null, MAX_WINDOW));
        assertEquals(1, AwsBackupRules.checkWindows(null, MAX_WINDOW + 1).size());
        assertEquals(
                List.of(), AwsBackupRules.checkLifecycle(new RecoveryPointLifecycle(MAX_DAYS - 90, MAX_DAYS), "EFS"));
        assertEquals(
                1,
                AwsBackupRules.checkLifecycle(new RecoveryPointLifecycle(1L, MAX_DAYS + 1), "EFS")
                        .size());
        assertEquals(
                List.of(), AwsBackupRules.checkLifecycle(new RecoveryPointLifecycle(10L, 100L), "EFS"), "cold + 90");
        assertTrue(AwsBackupRules.checkLifecycle(new RecoveryPointLifecycle(10L, 99L), "EFS")
                .get(0)
                .message()
                .contains("90"));
    }

    /** One character outside the vault-name or role-name alphabet: refused, with the allowed shape in words. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void oneOutsiderCharacterIsRefused(long seed) {
        RandomInputs r = new RandomInputs(seed);
        String outsider = r.oneOf(RandomInputs.OUTSIDERS + " :é𝒜");
        String vault = r.insertAnywhere(r.string(VAULT_ALPHABET, r.between(2, 49)), outsider);
        assertTrue(
                AwsBackupRules.checkVaultName(vault)
                        .get(0)
                        .message()
                        .contains("letters, numbers, hyphens or underscores"),
                r.why(vault));
        // The comma is an outsider for vault names but part of IAM's role-name alphabet.
        String roleOutsider = outsider.equals(",") ? ";" : outsider;
        String role = roleArn(r, r.insertAnywhere(r.string(ROLE_NAME_ALPHABET, r.between(1, 63)), roleOutsider));
        assertTrue(
                AwsBackupRules.checkIamRoleArn(role).get(0).message().contains("arn:aws:iam::<12-digit account>:role/"),
                r.why(role));
    }

    /** Numbers near every documented edge, plus absent values and extremes. */
    private static Long number(RandomInputs r, long... edges) {
        return switch (r.between(0, 4)) {
            case 0 -> null;
            case 1 -> r.pick(Arrays.asList(Long.MIN_VALUE, -1L, 0L, 1L, Long.MAX_VALUE));
            case 2 -> r.between(-5L, 300L);
            default -> edges[r.between(0, edges.length - 1)] + r.between(-2L, 2L);
        };
    }

    /** Random windows, lifecycle and vault lock against the documented oracle, via the whole-request check. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void windowsAndLifecycleFollowTheDocs(long seed) {
        RandomInputs r = new RandomInputs(seed);
        Long start = number(r, 60, 480, MAX_WINDOW);
        Long complete = number(r, 60, 480, MAX_WINDOW);
        Long cold = number(r, 1, 30, 90, MAX_DAYS - 90, MAX_DAYS);
        Long delete =
                cold != null && r.chance(0.5) ? (Long) (cold + r.between(85L, 95L)) : number(r, 1, 90, 120, MAX_DAYS);
        String type = r.pick(Arrays.asList("EFS", "RDS", null)); // features table: EFS moves to cold, RDS does not
        Long lockMin = r.chance(0.7) ? null : r.between(1L, 200L);
        Long lockMax = r.chance(0.7) ? null : r.between(100L, 40_000L);

        boolean startOk = start == null || (start >= 60 && start <= MAX_WINDOW);
        boolean completeOk = complete == null || (complete >= 1 && complete <= MAX_WINDOW);
        boolean windowsOk = startOk && completeOk && (start == null || complete == null || complete > start);
        // Cold storage for a type the features table leaves out is ignored, as AWS does: no 90 days are asked for it.
        // An unknown type (null) waits for the type to be known.
        boolean coldOk = cold == null || (cold >= 1 && cold <= MAX_DAYS);
        boolean deleteOk = delete == null || (delete >= 1 && delete <= MAX_DAYS);
        boolean gapOk = cold == null || delete == null || !"EFS".equals(type) || delete - cold >= 90;
        boolean lockOk = (lockMax == null || (delete != null && delete <= lockMax))
                && (lockMin == null || delete == null || delete >= lockMin);
        String why = r.why("start=" + start + " complete=" + complete + " cold=" + cold + " delete=" + delete + " type="
                + type + " lock=" + lockMin + ".." + lockMax);

        assertEquals(
                windowsOk,
                AwsBackupRules.checkWindows(start, complete).isEmpty(),
                why + AwsBackupRules.checkWindows(start, complete));
        RecoveryPointLifecycle lifecycle = new RecoveryPointLifecycle(cold, delete);
        List<Violation> lifecycleProblems = AwsBackupRules.checkLifecycle(lifecycle, type);
        assertEquals(coldOk && deleteOk && gapOk, lifecycleProblems.isEmpty(), why + lifecycleProblems);
        BackupJobRequest request = new BackupJobRequest(
                "Default", VALID_RESOURCE, VALID_ROLE, start, complete, lifecycle, List.of(), Map.of(), null);
        List<Violation> all = AwsBackupRules.check(request, type, null, lockMin, lockMax);
        RandomInputs.assertWellFormed(all, why);
        assertEquals(windowsOk && coldOk && deleteOk && gapOk && lockOk, all.isEmpty(), why + all);
        assertTrue(
                all.stream()
                        .allMatch(v -> v.field().matches("StartWindowMinutes|CompleteWindowMinutes|Lifecycle\\.\\w+")),
                why + all);
    }

    /** Numbers typed into the dialog: every long round-trips, anything else is refused with the field named. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void typedNumbersParseOrAreRefused(long seed) {
        RandomInputs r = new RandomInputs(seed);
        long n = r.chance(0.5) ? r.between(-1000L, 100_000_000L) : r.between(Long.MIN_VALUE, Long.MAX_VALUE - 1);
        assertEquals(
                n,
                NumberInput.parse(" " + n + " ", "StartWindowMinutes", "Start window", "minutes")
                        .value(),
                r.why(n));
        String text = r.anyTextOrNull();
        NumberInput parsed = assertDoesNotThrow(
                () -> NumberInput.parse(text, "StartWindowMinutes", "Start window", "minutes"), r.why(text));
        parsed.problem().ifPresent(v -> assertEquals("StartWindowMinutes", v.field(), r.why(text)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void recoveryPointTagListsFollowTheDocs(long seed) {
        RandomInputs r = new RandomInputs(seed);
        RandomTags.TagList list = RandomTags.list(r, RandomTags.Flavour.STANDARD);
        list.assertVerdict(AwsBackupRules.checkRecoveryPointTags(list.tags()), "RecoveryPointTags", r.why(list.tags()));
    }

    /** Arbitrary text and absent members never throw; every refusal has a field and words. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void arbitraryInputNeverThrows(long seed) {
        RandomInputs r = new RandomInputs(seed);
        String text = r.anyTextOrNull();
        String other = r.anyTextOrNull();
        Map<String, String> options = new HashMap<>();
        options.put(r.anyText(), other);
        options.put(AwsBackupRules.WINDOWS_VSS, r.chance(0.5) ? "enabled" : other);
        String why = r.why(text);
        RandomInputs.assertWellFormed(assertDoesNotThrow(() -> AwsBackupRules.checkVaultName(text), why), why);
        RandomInputs.assertWellFormed(assertDoesNotThrow(() -> AwsBackupRules.checkResourceArn(text), why), why);
        RandomInputs.assertWellFormed(assertDoesNotThrow(() -> AwsBackupRules.checkIamRoleArn(text), why), why);
        RandomInputs.assertWellFormed(
                assertDoesNotThrow(() -> AwsBackupRules.checkBackupOptions(options, text, other), why), why);
        RandomInputs.assertWellFormed(
                assertDoesNotThrow(
                        () -> AwsBackupRules.checkRecoveryPointTags(
                                r.chance(0.2) ? null : List.of(new Tag(r.anyText(), other))),
                        why),
                why);
        assertDoesNotThrow(() -> AwsBackupRules.roleNameWarning(text), why);
        assertDoesNotThrow(() -> AwsBackupRules.coldStorageIgnored(r.chance(0.5) ? null : 30L, text), why);
        assertDoesNotThrow(() -> AwsBackupRules.isResourceTypeName(text), why);
        assertDoesNotThrow(() -> AwsBackupRules.eligibility(text, r.chance(0.5), r.chance(0.5), r.chance(0.5)), why);
        assertDoesNotThrow(() -> AwsBackupRules.stopEligibility(text), why);
        assertDoesNotThrow(() -> AwsBackupRules.supportsColdStorage(text), why);
    }
}
