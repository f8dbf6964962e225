package io.backupconsole.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.awsbackup.BackupJobRequest;
import io.backupconsole.domain.awsbackup.RecoveryPointLifecycle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AwsBackupRulesTest {
    static final String ROLE = "arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole";

    static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void vaultNameBoundariesAndPattern() {
        assertTrue(AwsBackupRules.checkVaultName("ab").isEmpty());
        assertTrue(AwsBackupRules.checkVaultName("a".repeat(50)).isEmpty());
        assertTrue(AwsBackupRules.checkVaultName("My_Vault-2").isEmpty());
        for (String bad : List.of("a", "a".repeat(51), "has space", "dot.ted", "", "ümlaut")) {
            assertEquals(List.of("BackupVaultName"), fields(AwsBackupRules.checkVaultName(bad)), bad);
        }
    }

    @Test
    void roleArnFormAndDefaultRole() {
        assertEquals(ROLE, AwsBackupRules.defaultServiceRole("123456789012"));
        for (String good : List.of(
                ROLE, "arn:aws:iam::123456789012:role/S3Access", "arn:aws:iam::123456789012:role/a/b/AWSBackupX")) {
            assertTrue(AwsBackupRules.checkIamRoleArn(good).isEmpty(), good);
        }
        for (String bad : List.of(
                "arn:aws:iam::12345678901:role/x",
                "arn:aws:iam::123456789012:user/x",
                "arn:aws:iam::123456789012:role/",
                "AWSBackupDefaultServiceRole",
                "arn:aws:iam::123456789012:role/" + "n".repeat(65))) {
            assertEquals(List.of("IamRoleArn"), fields(AwsBackupRules.checkIamRoleArn(bad)), bad);
        }
        assertTrue(AwsBackupRules.roleNameWarning(ROLE).isEmpty());
        assertTrue(AwsBackupRules.roleNameWarning("arn:aws:iam::123456789012:role/MyAwsBackupRole")
                .isEmpty());
        assertTrue(AwsBackupRules.roleNameWarning("arn:aws:iam::123456789012:role/S3Access")
                .isPresent());
    }

    @Test
    void windows() {
        assertTrue(AwsBackupRules.checkWindows(60L, 61L).isEmpty());
        assertTrue(AwsBackupRules.checkWindows(52_560_000L, null).isEmpty());
        assertTrue(AwsBackupRules.checkWindows(null, 52_560_000L).isEmpty());
        assertEquals(List.of("StartWindowMinutes"), fields(AwsBackupRules.checkWindows(59L, null)));
        assertEquals(List.of("StartWindowMinutes"), fields(AwsBackupRules.checkWindows(52_560_001L, null)));
        assertEquals(List.of("CompleteWindowMinutes"), fields(AwsBackupRules.checkWindows(null, 52_560_001L)));
        assertEquals(List.of("CompleteWindowMinutes"), fields(AwsBackupRules.checkWindows(null, 0L)));
        assertEquals(List.of("CompleteWindowMinutes"), fields(AwsBackupRules.checkWindows(120L, 120L)));
    }

    @Test
    void lifecycleNeedsNinetyDaysInColdStorage() {
        assertTrue(AwsBackupRules.checkLifecycle(new RecoveryPointLifecycle(30L, 120L), "EFS")
                .isEmpty());
        assertEquals(
                List.of("Lifecycle.DeleteAfterDays"),
                fields(AwsBackupRules.checkLifecycle(new RecoveryPointLifecycle(30L, 119L), "EFS")));
        assertTrue(AwsBackupRules.checkLifecycle(new RecoveryPointLifecycle(36_410L, 36_500L), "EFS")
                .isEmpty());
        assertEquals(
                List.of("Lifecycle.DeleteAfterDays"),
                fields(AwsBackupRules.checkLifecycle(new RecoveryPointLifecycle(null, 36_501L), "EBS")));
        assertEquals(
                List.of("Lifecycle.MoveToColdStorageAfterDays"),
                fields(AwsBackupRules.checkLifecycle(new RecoveryPointLifecycle(0L, null), "EFS")));
        assertTrue(AwsBackupRules.supportsColdStorage("DynamoDB"));
        assertFalse(AwsBackupRules.supportsColdStorage("FSx"));
    }

    @Test
    void vaultLockRetention() {
        assertTrue(AwsBackupRules.checkVaultLock(new RecoveryPointLifecycle(null, 7L), 7L, 365L)
                .isEmpty());
        assertTrue(AwsBackupRules.checkVaultLock(new RecoveryPointLifecycle(null, 365L), 7L, 365L)
                .isEmpty());
        assertEquals(
                1,
                AwsBackupRules.checkVaultLock(new RecoveryPointLifecycle(null, 6L), 7L, 365L)
                        .size());
        assertEquals(
                1,
                AwsBackupRules.checkVaultLock(new RecoveryPointLifecycle(null, 366L), 7L, 365L)
                        .size());
        assertEquals(
                1,
                AwsBackupRules.checkVaultLock(RecoveryPointLifecycle.KEEP_FOREVER, 7L, 365L)
                        .size());
        assertTrue(AwsBackupRules.checkVaultLock(RecoveryPointLifecycle.KEEP_FOREVER, null, null)
                .isEmpty());
    }

    @Test
    void backupOptions() {
        assertTrue(AwsBackupRules.checkBackupOptions(Map.of("WindowsVSS", "enabled"), "EC2", "windows")
                .isEmpty());
        assertTrue(AwsBackupRules.checkBackupOptions(Map.of("WindowsVSS", "disabled"), "EC2", null)
                .isEmpty());
        assertEquals(
                1,
                AwsBackupRules.checkBackupOptions(Map.of("WindowsVSS", "enabled"), "EC2", "linux")
                        .size());
        assertEquals(
                1,
                AwsBackupRules.checkBackupOptions(Map.of("WindowsVSS", "enabled"), "EBS", null)
                        .size());
        assertEquals(
                1,
                AwsBackupRules.checkBackupOptions(Map.of("WindowsVSS", "on"), "EC2", "windows")
                        .size());
        assertEquals(
                1,
                AwsBackupRules.checkBackupOptions(Map.of("Other", "x"), "EC2", "windows")
                        .size());
        assertEquals(
                1,
                AwsBackupRules.checkBackupOptions(Map.of("bad key", "x"), "EC2", "windows")
                        .size());
        assertEquals(
                1,
                AwsBackupRules.checkBackupOptions(Map.of("WindowsVSS", "x".repeat(51)), "EC2", "windows")
                        .size());
    }

    @Test
    void tagsFollowStandardRules() {
        List<Tag> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add(new Tag("k" + i, "v"));
        }
        assertTrue(AwsBackupRules.checkRecoveryPointTags(fifty).isEmpty());
        fifty.add(new Tag("k50", "v"));
        assertEquals(List.of("RecoveryPointTags"), fields(AwsBackupRules.checkRecoveryPointTags(fifty)));
        assertEquals(
                1,
                AwsBackupRules.checkRecoveryPointTags(List.of(new Tag("aws:x", "v")))
                        .size());
        assertEquals(
                1,
                AwsBackupRules.checkRecoveryPointTags(List.of(new Tag("k".repeat(129), "v")))
                        .size());
    }

    @Test
    void wholeRequest() {
        BackupJobRequest good = new BackupJobRequest(
                "Default",
                "arn:aws:ec2:us-east-1:123456789012:volume/vol-1",
                ROLE,
                60L,
                120L,
                new RecoveryPointLifecycle(10L, 100L),
                List.of(),
                Map.of(),
                "t");
        assertTrue(AwsBackupRules.check(good, "EBS", null, null, null).isEmpty());
        BackupJobRequest bad = new BackupJobRequest(
                "x", "vol-1", "role", 5L, null, RecoveryPointLifecycle.KEEP_FOREVER, List.of(), Map.of(), null);
        assertEquals(
                List.of("BackupVaultName", "ResourceArn", "IamRoleArn", "StartWindowMinutes"),
                fields(AwsBackupRules.check(bad, null, null, null, null)));
    }

    @Test
    void eligibilityReasons() {
        assertEquals(Eligibility.ALLOWED, AwsBackupRules.eligibility("EBS", true, true, false));
        assertEquals(
                "AWS Backup is not enabled for Neptune in this region (Settings › Service opt-in)",
                AwsBackupRules.eligibility("Neptune", true, false, false).reason());
        assertTrue(AwsBackupRules.eligibility("EKS", false, true, false)
                .reason()
                .contains("does not support EKS cluster"));
        assertTrue(AwsBackupRules.eligibility("EBS", true, true, true).reason().contains("already running"));
    }

    @Test
    void stopAndVss() {
        for (String type : List.of("FSx", "RDS", "Aurora", "DocumentDB", "Neptune", "SAP HANA on Amazon EC2")) {
            assertFalse(AwsBackupRules.canStop(type), type);
            assertFalse(AwsBackupRules.stopEligibility(type).allowed());
        }
        assertTrue(AwsBackupRules.canStop("EBS"));
        assertTrue(AwsBackupRules.supportsWindowsVss("EC2", "windows"));
        assertFalse(AwsBackupRules.supportsWindowsVss("EC2", "linux"));
        assertFalse(AwsBackupRules.supportsWindowsVss("EBS", null));
    }

    @Test
    void coldStorageForATypeWithoutItIsIgnoredWithAWarningNotRefused() {
        // doc Lifecycle: "Backup ignores this expression for other resource types."
        assertEquals(List.of(), AwsBackupRules.checkLifecycle(new RecoveryPointLifecycle(30L, 200L), "RDS"));
        assertEquals(
                List.of(),
                AwsBackupRules.checkLifecycle(new RecoveryPointLifecycle(30L, 35L), "RDS"),
                "no 90 days in a cold storage that does not happen");
        assertEquals(
                List.of("Lifecycle.DeleteAfterDays"),
                fields(AwsBackupRules.checkLifecycleForAnyType(new RecoveryPointLifecycle(30L, 35L))),
                "a plan's rule may apply to a type with cold storage");
        assertEquals(
                List.of("Lifecycle.MoveToColdStorageAfterDays"),
                fields(AwsBackupRules.checkLifecycle(new RecoveryPointLifecycle(0L, null), "RDS")),
                "the days must still be a valid number");
        assertEquals(
                Optional.of("RDS database backups have no cold storage: AWS Backup ignores the 30 days"
                        + " before cold storage and keeps the recovery point in warm storage."),
                AwsBackupRules.coldStorageIgnored(30L, "RDS"));
        assertEquals(Optional.empty(), AwsBackupRules.coldStorageIgnored(30L, "EFS"));
        assertEquals(Optional.empty(), AwsBackupRules.coldStorageIgnored(null, "RDS"));
        assertTrue(AwsBackupRules.coldStorageIgnored(30L, null).orElseThrow().startsWith("The resource type is not"));
        assertEquals(
                new RecoveryPointLifecycle(null, 200L),
                AwsBackupRules.appliedLifecycle(new RecoveryPointLifecycle(30L, 200L), "RDS"));
        assertEquals(
                new RecoveryPointLifecycle(30L, 200L),
                AwsBackupRules.appliedLifecycle(new RecoveryPointLifecycle(30L, 200L), "EFS"));
    }

    @Test
    void numbersAsTyped() {
        assertEquals(
                new NumberInput(null, Optional.empty()),
                NumberInput.parse(" ", "StartWindowMinutes", "Start window", "minutes"));
        assertEquals(
                new NumberInput(90L, Optional.empty()),
                NumberInput.parse(" 90 ", "StartWindowMinutes", "Start window", "minutes"));
        assertEquals(
                new Violation("StartWindowMinutes", "Start window must be a whole number of minutes (\"1.5\" is not)."),
                NumberInput.parse("1.5", "StartWindowMinutes", "Start window", "minutes")
                        .problem()
                        .orElseThrow());
        assertEquals(
                new Violation("Lifecycle.DeleteAfterDays", "Retention is far too large (20 digits)."),
                NumberInput.parse("99999999999999999999", "Lifecycle.DeleteAfterDays", "Retention", "days")
                        .problem()
                        .orElseThrow());
    }
}
