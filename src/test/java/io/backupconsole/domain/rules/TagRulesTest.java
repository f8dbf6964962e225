package io.backupconsole.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TagRulesTest {

    private static List<Violation> opsWorks(String key, String value) {
        return TagRules.OPSWORKS_CM.check(List.of(new Tag(key, value)), "Tags");
    }

    private static List<Violation> standard(String key, String value) {
        return TagRules.STANDARD.check(List.of(new Tag(key, value)), "Tags");
    }

    @Test
    void opsWorksKeyLengthFollowsTheStricterDocs() {
        assertEquals(List.of(), opsWorks("k".repeat(127), ""));
        List<Violation> tooLong = opsWorks("k".repeat(128), "");
        assertEquals(1, tooLong.size());
        assertEquals("Tags[0].Key", tooLong.get(0).field());
        assertTrue(tooLong.get(0).message().contains("at most 127"), tooLong.toString());
    }

    @Test
    void opsWorksValueLengthFollowsTheStricterDocs() {
        assertEquals(List.of(), opsWorks("k", "v".repeat(255)));
        assertEquals("Tags[0].Value", opsWorks("k", "v".repeat(256)).get(0).field());
    }

    @Test
    void standardLengthsAreOneLonger() {
        assertEquals(List.of(), standard("k".repeat(128), "v".repeat(256)));
        assertEquals(2, standard("k".repeat(129), "v".repeat(257)).size());
    }

    @Test
    void atSignIsAllowedOnlyOutsideOpsWorks() {
        assertEquals(List.of(), standard("owner@team", "a@b"));
        assertEquals(2, opsWorks("owner@team", "a@b").size());
    }

    @Test
    void opsWorksTrimsBeforeChecking() {
        assertEquals(List.of(), opsWorks("  env  ", " prod "));
        assertEquals(new Tag("env", "prod"), TagRules.OPSWORKS_CM.normalise(new Tag("  env ", " prod ")));
        assertEquals(new Tag(" env", "x"), TagRules.STANDARD.normalise(new Tag(" env", "x")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aws:created", "AWS:x", "Aws:Name", "aWs:"})
    void awsPrefixIsReservedInAnyCase(String key) {
        assertTrue(standard(key, "x").stream().anyMatch(v -> v.message().contains("reserved")), key);
        assertTrue(opsWorks(key, "x").stream().anyMatch(v -> v.message().contains("reserved")), key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ünïcødé", "名前", "cost-center", "a.b_c:d/e=f+g", "with space", "٣٤"})
    void unicodeLettersNumbersAndListedSymbolsAreAccepted(String key) {
        assertEquals(List.of(), standard(key, key));
        assertEquals(List.of(), opsWorks(key, key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"semi;colon", "hash#", "quote\"", "tab\there", "new\nline", "emoji😀", "star*"})
    void otherCharactersAreRefusedWithTheAllowedSetNamed(String key) {
        List<Violation> problems = standard(key, "");
        assertEquals(1, problems.size(), key);
        assertTrue(problems.get(0).message().contains("may contain only"), problems.toString());
    }

    @Test
    void emptyKeyIsRefused() {
        assertEquals("Tag key must not be empty.", standard("", "x").get(0).message());
        assertEquals("Tag key must not be empty.", opsWorks("   ", "x").get(0).message());
    }

    @Test
    void duplicateKeysAreRefusedAtTheSecondOccurrence() {
        List<Violation> problems = TagRules.STANDARD.check(
                List.of(new Tag("env", "a"), new Tag("team", "b"), new Tag("env", "c")), "Tags");
        assertEquals(1, problems.size());
        assertEquals("Tags[2].Key", problems.get(0).field());
    }

    @Test
    void opsWorksDuplicatesAreFoundAfterTrimming() {
        assertEquals(
                1,
                TagRules.OPSWORKS_CM
                        .check(List.of(new Tag("env", ""), new Tag(" env ", "")), "Tags")
                        .size());
    }

    @Test
    void fiftyTagsAreTheLimit() {
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            tags.add(new Tag("k" + i, "v"));
        }
        assertEquals(List.of(), TagRules.STANDARD.check(tags, "Tags"));
        tags.add(new Tag("k50", "v"));
        List<Violation> problems = TagRules.OPSWORKS_CM.check(tags, "Tags");
        assertEquals(1, problems.size());
        assertEquals("Tags", problems.get(0).field());
        assertTrue(problems.get(0).message().contains("At most 50"));
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        String astral = "𝔸".repeat(128);
        assertEquals(256, astral.length());
        assertTrue(standard(astral, "").stream().noneMatch(v -> v.message().contains("at most")));
    }
}
