package io.backupconsole.ui.create;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One row of the tag editor: what the user typed, and what is wrong with each cell (empty when nothing). */
public final class TagRow {
    private final StringProperty key = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper keyMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper valueMessage = new ReadOnlyStringWrapper("");

    public TagRow(String key, String value) {
        this.key.set(key);
        this.value.set(value);
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public ReadOnlyStringProperty keyMessageProperty() {
        return keyMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty valueMessageProperty() {
        return valueMessage.getReadOnlyProperty();
    }

    /** A row with neither key nor value is a spare line, not a tag. */
    boolean isBlank() {
        return key.get().isEmpty() && value.get().isEmpty();
    }

    void showMessages(String forKey, String forValue) {
        keyMessage.set(forKey);
        valueMessage.set(forValue);
    }
}
