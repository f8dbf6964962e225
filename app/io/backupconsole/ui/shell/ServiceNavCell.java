package io.backupconsole.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A navigation row: the service's icon and name, and its resource count (or a loading / error mark in words). */
final class ServiceNavCell extends ListCell<ServiceNavItem> {
    private final Label name = new Label();
    private final Label count = new Label();
    private final HBox box;

    ServiceNavCell() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        count.getStyleClass().add("count-badge");
        name.getStyleClass().add("service-name");
        box = new HBox(8, name, spacer, count);
        box.getStyleClass().add("service-cell");
    }

    @Override
    protected void updateItem(ServiceNavItem item, boolean empty) {
        super.updateItem(item, empty);
        name.textProperty().unbind();
        count.textProperty().unbind();
        accessibleTextProperty().unbind();
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        name.setText(item.title());
        name.setGraphic(ServiceIcons.of(item.icon()));
        count.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            if (!item.errorProperty().get().isEmpty()) {
                                return "error";
                            }
                            int n = item.resourceCountProperty().get();
                            return n == ServiceNavItem.UNKNOWN ? "…" : Integer.toString(n);
                        },
                        item.resourceCountProperty(),
                        item.errorProperty()));
        accessibleTextProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            int n = item.resourceCountProperty().get();
                            if (!item.errorProperty().get().isEmpty()) {
                                return item.title() + ", could not be loaded";
                            }
                            return n == ServiceNavItem.UNKNOWN
                                    ? item.title()
                                    : item.title() + ", " + n + " " + item.resourceNoun(n);
                        },
                        item.resourceCountProperty(),
                        item.errorProperty()));
        setGraphic(box);
    }
}
