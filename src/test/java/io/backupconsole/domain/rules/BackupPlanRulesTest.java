package io.backupconsole.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.awsbackup.BackupPlanRequest;
import io.backupconsole.domain.awsbackup.BackupSelectionRequest;
import io.backupconsole.domain.awsbackup.RecoveryPointLifecycle;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackupPlanRulesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "cron(0 5 ? * * *)",
                "cron(30 2 ? * SAT *)",
                "cron(0 5 1 * ? *)",
                "cron(0 */12 ? * MON-FRI *)",
                "cron(15 3 L * ? *)",
                "cron(0 0 ? * 6#3 2027)",
                "cron(0 1,13 ? JAN,JUL * *)"
            })
    void usableSchedules(String expression) {
        assertEquals(Optional.empty(), BackupPlanRules.checkSchedule(expression));
    }

    @Test
    void schedulePresetsAreUsable() {
        for (BackupPlanRules.SchedulePreset preset : BackupPlanRules.SchedulePreset.values()) {
            if (preset != BackupPlanRules.SchedulePreset.CUSTOM) {
                assertEquals(Optional.empty(), BackupPlanRules.checkSchedule(preset.expression()), preset.name());
            }
        }
    }

    @Test
    void unusableSchedulesSayWhy() {
        assertTrue(
                BackupPlanRules.checkSchedule("0 5 * * *").orElseThrow().startsWith("Schedule must be written cron("));
        assertTrue(
                BackupPlanRules.checkSchedule("cron(0 5 * * *)").orElseThrow().contains("has 5"));
        assertTrue(BackupPlanRules.checkSchedule("cron(*/5 * ? * * *)")
                .orElseThrow()
                .contains("at most once an hour"));
        assertTrue(BackupPlanRules.checkSchedule("cron(0 25 ? * * *)")
                .orElseThrow()
                .contains("hours"));
        assertTrue(
                BackupPlanRules.checkSchedule("cron(0 5 * * * *)").orElseThrow().contains("Exactly one"));
        assertTrue(
                BackupPlanRules.checkSchedule("cron(0 5 ? * ? *)").orElseThrow().contains("Exactly one"));
        assertTrue(BackupPlanRules.checkSchedule("").orElseThrow().startsWith("Schedule is required"));
    }

    @Test
    void planNamesFollowTheConsolesRule() {
        assertEquals(List.of(), BackupPlanRules.checkPlanName("Nightly_files-1.0"));
        assertEquals(
                "BackupPlanName",
                BackupPlanRules.checkPlanName("has space").get(0).field());
        assertEquals(1, BackupPlanRules.checkPlanName("x".repeat(51)).size());
        assertEquals(List.of(), BackupPlanRules.checkPlanName("x".repeat(50)));
    }

    @Test
    void aPlanReportsEveryBadFieldWithItsMember() {
        List<Violation> problems = BackupPlanRules.checkPlan(new BackupPlanRequest(
                "ok", "bad rule", "cron(0 5 ? * * *)", "v", new RecoveryPointLifecycle(30L, 60L)));
        assertEquals(
                List.of("Rules.RuleName", "Rules.TargetBackupVaultName", "Rules.Lifecycle.DeleteAfterDays"),
                problems.stream().map(Violation::field).toList());
    }

    @Test
    void aSelectionNeedsANameARoleAndResourceArns() {
        List<Violation> problems =
                BackupPlanRules.checkSelection(new BackupSelectionRequest("", "role", List.of("fs-1")));
        assertEquals(
                List.of("SelectionName", "IamRoleArn", "Resources"),
                problems.stream().map(Violation::field).toList());
        assertEquals(
                List.of(),
                BackupPlanRules.checkSelection(new BackupSelectionRequest(
                        "s",
                        AwsBackupRules.defaultServiceRole("123456789012"),
                        List.of("arn:aws:fsx:us-east-1:123456789012:file-system/fs-0123456789abcdef0"))));
    }
}
