package io.backupconsole.ui.resources;

import io.backupconsole.domain.Resource;
import io.backupconsole.ui.common.CellDecor;
import io.backupconsole.ui.common.SizeCell;
import io.backupconsole.ui.common.StateBadgeCell;
import io.backupconsole.ui.common.TimeCell;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Wires a service's resource table (columns declared in its FXML) to a {@link ResourceListViewModel}: cell
 * factories for the common column kinds, the filter box, sorting, selection, and the loading and empty
 * placeholders. View-side code shared by every service view.
 */
public final class ResourceTableBinder {
    private final TableView<Resource> table;
    private final Clock clock;

    public ResourceTableBinder(TableView<Resource> table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    /** A text column; the whole text shows on hover, since narrow columns cut long ids and types short. */
    public ResourceTableBinder text(TableColumn<Resource, String> column, Function<Resource, String> value) {
        CellDecor.textColumn(column, value);
        return this;
    }

    /** A column showing one of the resource's attributes by its label (empty when absent). */
    public ResourceTableBinder attribute(TableColumn<Resource, String> column, String label) {
        return text(column, resource -> resource.attribute(label).orElse(""));
    }

    public ResourceTableBinder state(TableColumn<Resource, String> column) {
        column.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(cell.getValue().state()));
        column.setCellFactory(c -> new StateBadgeCell<>());
        return this;
    }

    public ResourceTableBinder created(TableColumn<Resource, Instant> column) {
        return time(column, Resource::createdAt);
    }

    /** A time column: human form ("3 h ago"), exact on hover, sorted by the time itself. */
    public ResourceTableBinder time(TableColumn<Resource, Instant> column, Function<Resource, Instant> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TimeCell<>(clock));
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        return this;
    }

    /** A size column: human form ("1.5 TiB"), exact bytes on hover, sorted by the number (unknown sizes last). */
    public ResourceTableBinder size(TableColumn<Resource, Long> column, Function<Resource, Long> bytes) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(bytes.apply(cell.getValue())));
        column.setCellFactory(c -> new SizeCell<>());
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        return this;
    }

    /** "Ready" or the reason the resource cannot be backed up, right in the row where the user looks. */
    public ResourceTableBinder backUp(TableColumn<Resource, String> column) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue().eligibility().allowed()
                        ? "Ready"
                        : cell.getValue().eligibility().reason()));
        column.setCellFactory(c -> CellDecor.hoverTextCell(
                (cell, text) -> CellDecor.toggle(cell, "not-eligible", text != null && !text.equals("Ready"))));
        return this;
    }

    /**
     * Several rows can be selected (Ctrl/Shift+click, Shift+arrows) for "Back up selected…". The view model's
     * selection survives refreshes (matched by id); when it differs from the table's, the table follows it.
     */
    private void bindSelection(ResourceListViewModel viewModel) {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        boolean[] following = {false};
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Resource>) c -> {
            if (!following[0]) {
                viewModel.selectionChanged(List.copyOf(table.getSelectionModel().getSelectedItems()));
            }
        });
        viewModel.selection().addListener((ListChangeListener<Resource>) c -> {
            if (viewModel.selection().size() < 2
                    || viewModel.selection().equals(table.getSelectionModel().getSelectedItems())) {
                return;
            }
            following[0] = true;
            try {
                table.getSelectionModel().clearSelection();
                viewModel.selection().forEach(table.getSelectionModel()::select);
            } finally {
                following[0] = false;
            }
        });
    }

    /** Binds rows, sorting, selection, the filter box and the placeholders. */
    public void bind(ResourceListViewModel viewModel, TextField filter, Label error) {
        // The table's sort wins; with no sorted column, the view model's default order (if any) applies.
        Comparator<? super Resource> defaultOrder =
                viewModel.comparatorProperty().get();
        viewModel
                .comparatorProperty()
                .bind(Bindings.createObjectBinding(
                        () -> table.getComparator() != null ? table.getComparator() : defaultOrder,
                        table.comparatorProperty()));
        // The rows are sorted by the binding above, upstream of the filter; the table must not sort them itself.
        table.setSortPolicy(sortedTable -> true);
        table.setItems(viewModel.rows());
        filter.textProperty().bindBidirectional(viewModel.filterTextProperty());
        bindSelection(viewModel);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, resource) -> {
            if (resource != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(resource);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, resource) -> {
            if (resource == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != resource) {
                if (table.getSelectionModel().getSelectedItems().size() <= 1) {
                    table.getSelectionModel().clearAndSelect(table.getItems().indexOf(resource));
                    table.scrollTo(resource);
                } else {
                    table.getSelectionModel().select(resource);
                }
            }
        });
        // One line under the filter: the last load's error, else that the rows are the last known list, else what
        // the listing could not tell (a helper call that failed).
        error.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> !viewModel.errorProperty().get().isEmpty()
                                ? viewModel.errorProperty().get()
                                : !viewModel.staleNoticeProperty().get().isEmpty()
                                        ? viewModel.staleNoticeProperty().get()
                                        : viewModel.listingNoticeProperty().get(),
                        viewModel.errorProperty(),
                        viewModel.staleNoticeProperty(),
                        viewModel.listingNoticeProperty()));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        viewModel
                .errorProperty()
                .subscribe(text -> error.pseudoClassStateChanged(PseudoClass.getPseudoClass("stale"), text.isEmpty()));

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label loadingText = new Label();
        BooleanBinding connected = viewModel.connectedProperty();
        loadingText
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> connected.get()
                                ? "Loading…"
                                : viewModel.connectionFailureProperty().get().isEmpty()
                                        ? "Connecting…"
                                        : "Not connected: "
                                                + viewModel
                                                        .connectionFailureProperty()
                                                        .get(),
                        connected,
                        viewModel.connectionFailureProperty()));
        loadingText.setWrapText(true);
        spinner.visibleProperty().bind(viewModel.connectionFailureProperty().isEmpty());
        VBox loadingPlaceholder = new VBox(8, spinner, loadingText);
        loadingPlaceholder.setAlignment(Pos.CENTER);
        Label emptyPlaceholder = new Label();
        emptyPlaceholder
                .textProperty()
                .bind(Bindings.when(viewModel.filterTextProperty().isEmpty())
                        .then("Nothing here in this region.")
                        .otherwise("No row matches the filter."));
        table.placeholderProperty()
                .bind(Bindings.when(viewModel.loadingProperty().or(connected.not()))
                        .<Node>then(loadingPlaceholder)
                        .otherwise(emptyPlaceholder));
    }
}
