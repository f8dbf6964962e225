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

class LightsailRulesTest {
    private static final String FIELD = "relationalDatabaseSnapshotName";

    private static List<Violation> check(String name) {
        return LightsailRules.checkResourceName(name, FIELD);
    }

    private static String onlyMessage(String name) {
        List<Violation> problems = check(name);
        assertEquals(1, problems.size(), () -> "expected one violation for '" + name + "': " + problems);
        assertEquals(FIELD, problems.getFirst().field());
        assertTrue(problems.getFirst().message().contains(FIELD), "the message names the member");
        return problems.getFirst().message();
    }

    @Test
    void lengthBoundaries() {
        assertTrue(onlyMessage("a").contains("at least 2"));
        assertTrue(check("ab").isEmpty());
        assertTrue(check("a" + "-".repeat(253) + "b").isEmpty(), "255 characters is the documented maximum");
        String tooLong = "a".repeat(256);
        assertTrue(onlyMessage(tooLong).contains("at most 255"));
        assertTrue(onlyMessage(tooLong).contains("it has 256"));
        assertTrue(onlyMessage("").contains("is required"));
        assertTrue(onlyMessage(null).contains("is required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"db", "my-db-snapshot-1", "A1", "9-lives", "ALLCAPS-2024", "a--b"})
    void validNames(String name) {
        assertTrue(check(name).isEmpty(), name);
        assertTrue(LightsailRules.isValidResourceName(name));
    }

    @Test
    void firstAndLastCharacterMustBeLetterOrNumber() {
        assertTrue(onlyMessage("-bad").contains("must start with a letter or a number"));
        assertTrue(onlyMessage("bad-").contains("must end with a letter or a number"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"snap_1", "snap 1", "snap.1", "snäp", "snap/1", "_ab"})
    void badCharactersAreNamed(String name) {
        String message = onlyMessage(name);
        assertTrue(message.contains("only letters (A-Z, a-z), numbers (0-9) and hyphens"), message);
    }

    @Test
    void underscoreIsRefusedAlthoughTheModelPatternAllowsIt() {
        assertTrue("snap_1".matches("\\w[\\w\\-]*\\w"), "the model's pattern accepts it");
        assertTrue(onlyMessage("snap_1").contains("\"_\" at position 5"));
    }

    @Test
    void databaseNameUsesItsOwnMember() {
        List<Violation> problems = LightsailRules.checkSnapshotRequest("-db", "ok-name", List.of());
        assertEquals(1, problems.size());
        assertEquals("relationalDatabaseName", problems.getFirst().field());
    }

    @Test
    void tagsFollowTheStandardRules() {
        assertTrue(LightsailRules.checkTags(List.of(new Tag("env", "prod"), new Tag("empty-value", "")))
                .isEmpty());
        assertTrue(LightsailRules.checkTags(null).isEmpty());
        assertEquals(
                "tags[0].Key",
                LightsailRules.checkTags(List.of(new Tag("", "x"))).getFirst().field());
        assertFalse(
                LightsailRules.checkTags(List.of(new Tag("k".repeat(129), ""))).isEmpty());
        assertTrue(LightsailRules.checkTags(List.of(new Tag("k".repeat(128), "v".repeat(256))))
                .isEmpty());
        assertFalse(
                LightsailRules.checkTags(List.of(new Tag("k", "v".repeat(257)))).isEmpty());
        assertFalse(LightsailRules.checkTags(List.of(new Tag("a", "1"), new Tag("a", "2")))
                .isEmpty());
        List<Tag> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(new Tag("k" + i, ""));
        }
        assertTrue(LightsailRules.checkTags(many.subList(0, 50)).isEmpty());
        assertEquals("tags", LightsailRules.checkTags(many).getFirst().field());
    }

    @Test
    void eligibilityReasons() {
        assertEquals(Eligibility.ALLOWED, LightsailRules.eligibility("available"));
        assertEquals(
                "Database is stopped", LightsailRules.eligibility("stopped").reason());
        assertEquals(
                "Database is backing-up: a snapshot is already being created",
                LightsailRules.eligibility("backing-up").reason());
        assertEquals(
                "Database is creating", LightsailRules.eligibility("creating").reason());
        assertEquals(
                "Database is modifying", LightsailRules.eligibility("modifying").reason());
        assertEquals(
                "Database is rebooting", LightsailRules.eligibility("rebooting").reason());
        assertFalse(LightsailRules.eligibility("stopped").allowed());
    }

    @Test
    void aStateTheAnswerLeftOutIsLeftToTheServiceToJudge() {
        assertTrue(LightsailRules.eligibility(null).allowed());
        assertTrue(LightsailRules.eligibility("").allowed());
    }
}
