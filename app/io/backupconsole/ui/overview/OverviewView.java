package io.backupconsole.ui.overview;

import io.backupconsole.aws.AwsRegions.AwsRegion;
import io.backupconsole.aws.overview.OverviewRow;
import io.backupconsole.ui.common.CellDecor;
import io.backupconsole.ui.common.Fxml;
import io.backupconsole.ui.common.StateBadgeCell;
import io.backupconsole.ui.common.TimeCell;
import io.backupconsole.ui.resources.Stylesheets;
import io.backupconsole.ui.shell.ConnectionChoice;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;

/**
 * The all-accounts overview's content: loads Overview.fxml (profile and region check lists, the rows table, the
 * per-pair error lines) and binds it to the {@link OverviewViewModel}. Cells reuse the resource tables' state badge
 * and time cells. FX thread only.
 */
public final class OverviewView {
    private final OverviewViewModel model;
    private final Clock clock;
    private final Parent root;

    @FXML
    private Label accountsLabel;

    @FXML
    private ListView<Pick<ConnectionChoice>> accountList;

    @FXML
    private Label regionsLabel;

    @FXML
    private ListView<Pick<AwsRegion>> regionList;

    @FXML
    private Button loadButton;

    @FXML
    private TextField filterText;

    @FXML
    private Label statusText;

    @FXML
    private TableView<OverviewRow> table;

    @FXML
    private TableColumn<OverviewRow, String> accountColumn;

    @FXML
    private TableColumn<OverviewRow, String> accountIdColumn;

    @FXML
    private TableColumn<OverviewRow, String> regionColumn;

    @FXML
    private TableColumn<OverviewRow, String> kindColumn;

    @FXML
    private TableColumn<OverviewRow, String> serviceColumn;

    @FXML
    private TableColumn<OverviewRow, String> nameColumn;

    @FXML
    private TableColumn<OverviewRow, String> stateColumn;

    @FXML
    private TableColumn<OverviewRow, String> detailColumn;

    @FXML
    private TableColumn<OverviewRow, Instant> timeColumn;

    @FXML
    private ListView<String> errorList;

    public OverviewView(OverviewViewModel model, Clock clock) {
        this.model = model;
        this.clock = clock;
        root = Fxml.load(this, "Overview.fxml");
        Stylesheets.addShared(root);
        root.getStylesheets().add(OverviewView.class.getResource("overview.css").toExternalForm());
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        accountsLabel.setLabelFor(accountList);
        regionsLabel.setLabelFor(regionList);
        accountList.setItems(model.accounts());
        accountList.setCellFactory(CheckBoxListCell.forListView(Pick::pickedProperty));
        regionList.setItems(model.regions());
        regionList.setCellFactory(CheckBoxListCell.forListView(Pick::pickedProperty));
        loadButton.disableProperty().bind(model.canLoadProperty().not());
        filterText.textProperty().bindBidirectional(model.filterTextProperty());
        statusText.textProperty().bind(model.statusProperty());

        CellDecor.textColumn(accountColumn, OverviewRow::account);
        CellDecor.textColumn(accountIdColumn, row -> row.accountId().isEmpty() ? "—" : row.accountId());
        CellDecor.textColumn(regionColumn, OverviewRow::region);
        CellDecor.textColumn(kindColumn, row -> row.kind().words());
        CellDecor.textColumn(serviceColumn, row -> row.service().displayName());
        CellDecor.textColumn(nameColumn, OverviewRow::name);
        stateColumn.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(cell.getValue().state()));
        stateColumn.setCellFactory(c -> new StateBadgeCell<>());
        CellDecor.textColumn(detailColumn, OverviewRow::detail);
        timeColumn.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(cell.getValue().time()));
        timeColumn.setCellFactory(c -> new TimeCell<>(clock));
        timeColumn.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        model.rows().comparatorProperty().bind(table.comparatorProperty());
        table.setItems(model.rows());
        Label empty = new Label();
        empty.textProperty()
                .bind(Bindings.when(model.loadingProperty())
                        .then("Loading…")
                        .otherwise("No rows: tick profiles and regions, then Load."));
        table.setPlaceholder(empty);

        errorList.setItems(model.errors());
        errorList.visibleProperty().bind(Bindings.isNotEmpty(model.errors()));
        errorList.managedProperty().bind(errorList.visibleProperty());
    }

    @FXML
    private void load() {
        model.load();
    }
}
