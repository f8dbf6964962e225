package io.backupconsole.ui.create;

import io.backupconsole.domain.rules.Violation;
import java.util.List;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * Connects one input control to its message label: the field counts as touched once it loses focus or is edited,
 * the label shows the view model's message for it, and the control gets the {@code invalid} style (so the colour
 * is never the only signal: the text says what is wrong). FX thread only.
 */
public final class FieldMessages {
    private FieldMessages() {}

    public static void bind(BackupDialogViewModel model, String field, Control input, Label message) {
        StringBinding text = model.messageFor(field);
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(text);
        message.visibleProperty().bind(text.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        input.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.touch(field);
            }
        });
        if (input instanceof TextInputControl textInput) {
            textInput.textProperty().addListener((obs, old, now) -> model.touch(field));
        }
        text.addListener((obs, old, now) -> mark(input, now));
        mark(input, text.get());
        // Keep the binding reachable as long as the label is.
        message.getProperties().put(FieldMessages.class, text);
    }

    /** The first of {@code violations} about {@code field}, or "" when the field breaks no rule. */
    public static String firstAbout(String field, List<Violation> violations) {
        return violations.stream()
                .filter(v -> v.field().equals(field))
                .map(Violation::message)
                .findFirst()
                .orElse("");
    }

    private static void mark(Control input, String problem) {
        input.getStyleClass().remove("invalid");
        if (!problem.isEmpty()) {
            input.getStyleClass().add("invalid");
        }
        input.setTooltip(problem.isEmpty() ? null : new Tooltip(problem));
    }
}
