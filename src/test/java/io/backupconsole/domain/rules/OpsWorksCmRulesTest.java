package io.backupconsole.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.Eligibility;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpsWorksCmRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "chef-prod", "Puppet2019", "a-b-c-1", "x-"})
    void acceptsValidServerNames(String name) {
        assertEquals(List.of(), OpsWorksCmRules.checkServerName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1chef", "-chef", "chef_prod", "chef prod", "chef.prod", "chéf", "chef\n"})
    void refusesInvalidServerNames(String name) {
        List<Violation> problems = OpsWorksCmRules.checkServerName(name);
        assertEquals(1, problems.size());
        assertEquals("ServerName", problems.getFirst().field());
    }

    @Test
    void serverNameIsAtMostFortyCharacters() {
        assertEquals(List.of(), OpsWorksCmRules.checkServerName("a".repeat(40)));
        List<Violation> problems = OpsWorksCmRules.checkServerName("a".repeat(41));
        assertEquals(1, problems.size());
        assertTrue(problems.getFirst().message().contains("at most 40"), problems.toString());
        assertFalse(OpsWorksCmRules.checkServerName(null).isEmpty());
    }

    @Test
    void descriptionIsOptionalAndAtMostTenThousandCharacters() {
        assertEquals(List.of(), OpsWorksCmRules.checkDescription(null));
        assertEquals(List.of(), OpsWorksCmRules.checkDescription(""));
        assertEquals(List.of(), OpsWorksCmRules.checkDescription("x".repeat(10_000)));
        List<Violation> problems = OpsWorksCmRules.checkDescription("x".repeat(10_001));
        assertEquals("Description", problems.getFirst().field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"chef-prod-20240101080000123", "a", "b.c:d-1"})
    void acceptsValidBackupIds(String id) {
        assertEquals(List.of(), OpsWorksCmRules.checkBackupId(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1-backup", "backup/1", "backup 1", ".backup", "back_up"})
    void refusesInvalidBackupIds(String id) {
        assertEquals("BackupId", OpsWorksCmRules.checkBackupId(id).getFirst().field());
    }

    @Test
    void backupIdIsAtMostSeventyNineCharacters() {
        assertEquals(List.of(), OpsWorksCmRules.checkBackupId("b".repeat(79)));
        assertEquals(1, OpsWorksCmRules.checkBackupId("b".repeat(80)).size());
    }

    @Test
    void tagsFollowTheDocumentedOpsWorksCmRules() {
        assertEquals(
                List.of(), OpsWorksCmRules.checkTags(List.of(new Tag("Stage", "prod"), new Tag("k".repeat(127), ""))));
        assertEquals(
                "Tags[0].Key",
                OpsWorksCmRules.checkTags(List.of(new Tag("k".repeat(128), "v")))
                        .getFirst()
                        .field());
        assertEquals(
                "Tags[0].Value",
                OpsWorksCmRules.checkTags(List.of(new Tag("k", "v".repeat(256))))
                        .getFirst()
                        .field());
        assertEquals(
                "Tags[0].Value",
                OpsWorksCmRules.checkTags(List.of(new Tag("owner", "ops@example.com")))
                        .getFirst()
                        .field());
        assertEquals(
                "Tags[0].Key",
                OpsWorksCmRules.checkTags(List.of(new Tag("  ", "v")))
                        .getFirst()
                        .field());
        assertEquals(List.of(), OpsWorksCmRules.checkTags(List.of(new Tag("  Stage  ", " prod "))));
        List<Tag> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add(new Tag("key" + i, "v"));
        }
        assertEquals(List.of(), OpsWorksCmRules.checkTags(fifty));
        fifty.add(new Tag("key50", "v"));
        assertEquals("Tags", OpsWorksCmRules.checkTags(fifty).getFirst().field());
    }

    @Test
    void createBackupCollectsEveryProblem() {
        List<Violation> problems =
                OpsWorksCmRules.checkCreateBackup("1bad", "x".repeat(10_001), List.of(new Tag("", "v")));
        assertEquals(
                List.of("ServerName", "Description", "Tags[0].Key"),
                problems.stream().map(Violation::field).toList());
        assertEquals(List.of(), OpsWorksCmRules.checkCreateBackup("chef-prod", null, List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RUNNING", "HEALTHY", "UNHEALTHY"})
    void serversInTheDocumentedStatesCanBeBackedUp(String status) {
        assertEquals(Eligibility.ALLOWED, OpsWorksCmRules.eligibility(status, 0));
        assertEquals(Eligibility.ALLOWED, OpsWorksCmRules.eligibility(status, 49));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CREATING",
                "FAILED",
                "UNDER_MAINTENANCE",
                "CONNECTION_LOST",
                "DELETING",
                "MODIFYING",
                "RESTORING",
                "SETUP",
                "TERMINATED"
            })
    void otherStatesAreRefusedNamingTheStatus(String status) {
        Eligibility eligibility = OpsWorksCmRules.eligibility(status, 0);
        assertFalse(eligibility.allowed());
        assertEquals("Server is " + status, eligibility.reason());
    }

    @Test
    void aRunningBackupBlocksAnother() {
        assertEquals(
                Eligibility.refused("Server is BACKING_UP: a backup is already running"),
                OpsWorksCmRules.eligibility("BACKING_UP", 3));
    }

    @Test
    void fiftyManualBackupsReachTheLimit() {
        assertEquals(
                Eligibility.refused(
                        "The server already has 50 manual backups (the OpsWorks CM limit); delete one first"),
                OpsWorksCmRules.eligibility("HEALTHY", 50));
        assertTrue(OpsWorksCmRules.manualBackupLimitReached(50));
        assertFalse(OpsWorksCmRules.manualBackupLimitReached(49));
    }

    @Test
    void aStatusTheAnswerLeftOutIsLeftToTheServiceToJudge() {
        assertTrue(OpsWorksCmRules.eligibility(null, 0).allowed());
        assertTrue(OpsWorksCmRules.eligibility("", 0).allowed());
        assertFalse(OpsWorksCmRules.eligibility(null, 50).allowed(), "a known count still counts");
    }
}
