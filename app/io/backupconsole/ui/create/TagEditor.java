package io.backupconsole.ui.create;

import java.util.IdentityHashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The tag editor control: a table of key and value fields with a remove button per row, "Add tag" and "Paste
 * key=value lines". A bad cell gets the {@code invalid} style and its message under the row. Holds no rules:
 * everything comes from {@link TagEditorViewModel}. FX thread only.
 */
public final class TagEditor extends VBox {
    private final TagEditorViewModel model;
    private final GridPane grid = new GridPane();
    private final Map<TagRow, TextField> keyFields = new IdentityHashMap<>();

    public TagEditor(TagEditorViewModel model) {
        this.model = model;
        getStyleClass().add("tag-editor");
        setSpacing(6);
        grid.setHgap(6);
        grid.setVgap(2);
        ColumnConstraints key = new ColumnConstraints();
        key.setPercentWidth(42);
        ColumnConstraints value = new ColumnConstraints();
        value.setPercentWidth(50);
        grid.getColumnConstraints().addAll(key, value, new ColumnConstraints());
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(120);
        scroll.getStyleClass().add("tag-scroll");

        Button add = new Button("_Add tag");
        add.setMnemonicParsing(true);
        add.setOnAction(e -> {
            TextField newKey = keyFields.get(model.addRow());
            if (newKey != null) {
                newKey.requestFocus();
            }
        });
        add.setId("addTag");
        Button paste = new Button("_Paste key=value lines");
        paste.setMnemonicParsing(true);
        paste.setId("pasteTags");
        paste.setTooltip(new Tooltip("Adds one tag per clipboard line written as key=value"));
        paste.setOnAction(e -> {
            String text = Clipboard.getSystemClipboard().getString();
            if (text != null) {
                model.paste(text);
            }
        });
        Label listMessage = new Label();
        listMessage.getStyleClass().add("field-message");
        listMessage.textProperty().bind(model.listMessageProperty());
        listMessage.visibleProperty().bind(model.listMessageProperty().isNotEmpty());
        listMessage.managedProperty().bind(listMessage.visibleProperty());
        Label empty = new Label("No tags.");
        empty.getStyleClass().add("muted");
        empty.visibleProperty().bind(Bindings.isEmpty(model.rows()));
        empty.managedProperty().bind(empty.visibleProperty());

        // An empty table is only noise: "No tags." says it in words until the first row exists.
        scroll.visibleProperty().bind(Bindings.isNotEmpty(model.rows()));
        scroll.managedProperty().bind(scroll.visibleProperty());
        getChildren().addAll(scroll, empty, listMessage, new HBox(6, add, paste));
        model.rows().addListener((ListChangeListener<TagRow>) change -> {
            boolean structural = false;
            while (change.next()) {
                structural |= change.wasAdded() || change.wasRemoved() || change.wasPermutated();
            }
            if (structural) {
                rebuild();
            }
        });
        rebuild();
    }

    private void rebuild() {
        grid.getChildren().clear();
        keyFields.clear();
        Label keyHeader = new Label("Key");
        Label valueHeader = new Label("Value");
        keyHeader.getStyleClass().add("column-header-label");
        valueHeader.getStyleClass().add("column-header-label");
        grid.addRow(0, keyHeader, valueHeader);
        int line = 1;
        int index = 1;
        for (TagRow row : model.rows()) {
            TextField key = cell(row.keyProperty(), row.keyMessageProperty(), "Tag " + index + " key");
            TextField value = cell(row.valueProperty(), row.valueMessageProperty(), "Tag " + index + " value");
            keyFields.put(row, key);
            Button remove = new Button("✕");
            remove.setAccessibleText("Remove tag " + index);
            remove.setTooltip(new Tooltip("Remove this tag"));
            remove.setOnAction(e -> model.remove(row));
            grid.addRow(line++, key, value, remove);
            Label message = new Label();
            message.getStyleClass().add("field-message");
            message.textProperty()
                    .bind(Bindings.createStringBinding(
                            () -> String.join(
                                            " ",
                                            row.keyMessageProperty().get(),
                                            row.valueMessageProperty().get())
                                    .strip(),
                            row.keyMessageProperty(),
                            row.valueMessageProperty()));
            message.visibleProperty().bind(message.textProperty().isNotEmpty());
            message.managedProperty().bind(message.visibleProperty());
            message.setWrapText(true);
            message.setMinHeight(Region.USE_PREF_SIZE);
            GridPane.setColumnSpan(message, 3);
            grid.add(message, 0, line++);
            index++;
        }
        grid.setPadding(new Insets(2));
    }

    private static TextField cell(StringProperty text, ReadOnlyStringProperty problem, String accessibleName) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(text);
        field.setAccessibleText(accessibleName);
        field.setPromptText(accessibleName.endsWith("key") ? "key" : "value");
        GridPane.setHgrow(field, Priority.ALWAYS);
        Runnable mark = () -> {
            field.getStyleClass().remove("invalid");
            if (!problem.get().isEmpty()) {
                field.getStyleClass().add("invalid");
            }
            field.setTooltip(problem.get().isEmpty() ? null : new Tooltip(problem.get()));
        };
        problem.addListener((obs, old, now) -> mark.run());
        mark.run();
        return field;
    }
}
