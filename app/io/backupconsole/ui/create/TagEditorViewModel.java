package io.backupconsole.ui.create;

import io.backupconsole.domain.rules.Tag;
import io.backupconsole.domain.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The tag editor's state: rows of key and value, add, remove, and paste of {@code key=value} lines. It checks
 * nothing itself: the dialog validates the whole request with the service's rules and hands the violations back
 * through {@link #showViolations}, so tag rules are written once, in the domain. FX thread only.
 */
public final class TagEditorViewModel {
    private final ObservableList<TagRow> rows =
            FXCollections.observableArrayList(row -> new Observable[] {row.keyProperty(), row.valueProperty()});
    private final ReadOnlyStringWrapper listMessage = new ReadOnlyStringWrapper("");
    private final String field;

    /**
     * @param field the request member the service's rules use for the tag list ({@code Tags}, {@code tags},
     *              {@code RecoveryPointTags}): violations named {@code field[i].Key} land on the i-th tag's key cell
     */
    public TagEditorViewModel(String field) {
        this.field = field;
    }

    /** The rows; observable for additions, removals and edits of any cell. */
    public ObservableList<TagRow> rows() {
        return rows;
    }

    /** A problem of the list as a whole, e.g. too many tags. */
    public ReadOnlyStringProperty listMessageProperty() {
        return listMessage.getReadOnlyProperty();
    }

    public String field() {
        return field;
    }

    public TagRow addRow() {
        TagRow row = new TagRow("", "");
        rows.add(row);
        return row;
    }

    public void remove(TagRow row) {
        rows.remove(row);
    }

    /**
     * Adds one tag per {@code key=value} line (the value may itself contain {@code =}; a line without one is a key
     * with an empty value), filling a trailing blank row first. Blank lines are skipped.
     *
     * @return how many tags were added
     */
    public int paste(String text) {
        int added = 0;
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            String key = equals < 0 ? line : line.substring(0, equals);
            String value = equals < 0 ? "" : line.substring(equals + 1);
            if (!rows.isEmpty() && rows.getLast().isBlank()) {
                rows.getLast().keyProperty().set(key);
                rows.getLast().valueProperty().set(value);
            } else {
                rows.add(new TagRow(key, value));
            }
            added++;
        }
        return added;
    }

    /** The tags as the request will carry them: every row but blank ones, in order. */
    public List<Tag> tags() {
        List<Tag> tags = new ArrayList<>();
        for (TagRow row : rows) {
            if (!row.isBlank()) {
                tags.add(new Tag(row.keyProperty().get(), row.valueProperty().get()));
            }
        }
        return tags;
    }

    /** Puts each violation about the tags on its cell (or on the list), and clears the rest. */
    public void showViolations(List<Violation> violations) {
        List<TagRow> tagRows = rows.stream().filter(row -> !row.isBlank()).toList();
        String[] keyMessages = new String[tagRows.size()];
        String[] valueMessages = new String[tagRows.size()];
        String whole = "";
        for (Violation violation : violations) {
            String name = violation.field();
            if (name.equals(field)) {
                whole = whole.isEmpty() ? violation.message() : whole;
            } else if (name.startsWith(field + "[")) {
                int close = name.indexOf(']');
                int index = Integer.parseInt(name.substring(field.length() + 1, close));
                if (index < tagRows.size()) {
                    String[] target = name.endsWith(".Value") ? valueMessages : keyMessages;
                    target[index] = target[index] == null ? violation.message() : target[index];
                }
            }
        }
        for (TagRow row : rows) {
            row.showMessages("", "");
        }
        for (int i = 0; i < tagRows.size(); i++) {
            tagRows.get(i).showMessages(orEmpty(keyMessages[i]), orEmpty(valueMessages[i]));
        }
        listMessage.set(whole);
    }

    private static String orEmpty(String message) {
        return message == null ? "" : message;
    }
}
