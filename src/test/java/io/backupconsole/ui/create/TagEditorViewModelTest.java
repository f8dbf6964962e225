package io.backupconsole.ui.create;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.backupconsole.domain.rules.Tag;
import io.backupconsole.domain.rules.TagRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagEditorViewModelTest {
    private final TagEditorViewModel editor = new TagEditorViewModel("Tags");

    @Test
    void pastedKeyValueLinesBecomeTagsAndBlankRowsAreIgnored() {
        editor.addRow();
        int added = editor.paste("team=storage\n\nowner=ops=admins\r\ncost-centre\n");

        assertEquals(3, added);
        assertEquals(
                List.of(new Tag("team", "storage"), new Tag("owner", "ops=admins"), new Tag("cost-centre", "")),
                editor.tags());
        editor.addRow();
        assertEquals(3, editor.tags().size(), "a spare blank row is not a tag");
    }

    @Test
    void eachViolationLandsOnItsCellAndClearsWhenFixed() {
        editor.paste("team=storage\naws:owner=me\nteam=other");
        editor.rows().add(1, new TagRow("", ""));

        editor.showViolations(TagRules.STANDARD.check(editor.tags(), "Tags"));

        assertEquals("", editor.rows().get(0).keyMessageProperty().get());
        assertEquals("", editor.rows().get(1).keyMessageProperty().get(), "the blank row says nothing");
        assertEquals(
                "Tag keys starting with \"aws:\" are reserved for AWS.",
                editor.rows().get(2).keyMessageProperty().get());
        assertEquals(
                "Tag key \"team\" is used more than once.",
                editor.rows().get(3).keyMessageProperty().get());

        editor.rows().get(2).keyProperty().set("owner");
        editor.showViolations(TagRules.STANDARD.check(editor.tags(), "Tags"));
        assertEquals("", editor.rows().get(2).keyMessageProperty().get());
    }

    @Test
    void tooManyTagsIsAMessageOnTheList() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            lines.append("k").append(i).append("=v\n");
        }
        editor.paste(lines.toString());

        editor.showViolations(TagRules.STANDARD.check(editor.tags(), "Tags"));

        assertEquals(
                "At most 50 tags are allowed (there are 51).",
                editor.listMessageProperty().get());
    }
}
