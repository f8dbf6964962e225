package io.backupconsole.ui.activity;

import io.backupconsole.ui.activity.ActivityFilters.ServiceFilter;
import io.backupconsole.ui.activity.ActivityFilters.StateFilter;
import io.backupconsole.ui.common.Fxml;
import io.backupconsole.ui.common.Ticker;
import io.backupconsole.ui.common.TimeCell;
import io.backupconsole.ui.resources.Stylesheets;
import java.io.File;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The activity window's content: loads Activity.fxml, binds it to the {@link ActivityViewModel} and forwards the
 * user's actions; file choosers are asked here, the writes happen in the view model's background work. The clock
 * tick (ETAs, relative times) runs only while the window shows ({@link #setShowing}). FX thread only.
 */
public final class ActivityView {
    private static final Duration TICK = Duration.ofSeconds(5);

    private final ActivityViewModel model;
    private final Clock clock;
    private final Ticker ticker;
    private final Parent root;
    private Ticker.Ticket ticket;

    @FXML
    private ComboBox<ServiceFilter> serviceFilter;

    @FXML
    private ComboBox<StateFilter> stateFilter;

    @FXML
    private TextField filterText;

    @FXML
    private MenuButton exportButton;

    @FXML
    private Button clearButton;

    @FXML
    private TableView<ActivityRow> table;

    @FXML
    private TableColumn<ActivityRow, String> serviceColumn;

    @FXML
    private TableColumn<ActivityRow, String> resourceColumn;

    @FXML
    private TableColumn<ActivityRow, Instant> startedColumn;

    @FXML
    private TableColumn<ActivityRow, ActivityRow.Values> stateColumn;

    @FXML
    private TableColumn<ActivityRow, ActivityRow.Values> progressColumn;

    @FXML
    private TableColumn<ActivityRow, String> etaColumn;

    @FXML
    private TableColumn<ActivityRow, String> messageColumn;

    @FXML
    private Button stopButton;

    @FXML
    private Button retryButton;

    @FXML
    private Button openButton;

    @FXML
    private Label actionHint;

    @FXML
    private Label message;

    @FXML
    private StackedBarChart<String, Number> chart;

    @FXML
    private CategoryAxis dayAxis;

    @FXML
    private NumberAxis countAxis;

    public ActivityView(ActivityViewModel model, Clock clock, Ticker ticker) {
        this.model = model;
        this.clock = clock;
        this.ticker = ticker;
        root = Fxml.load(this, "Activity.fxml");
        Stylesheets.addShared(root);
        root.getStylesheets().add(ActivityView.class.getResource("activity.css").toExternalForm());
    }

    public Parent root() {
        return root;
    }

    /** Ticks while shown, so a hidden window costs nothing but applying the tracker's news. */
    public void setShowing(boolean showing) {
        if (showing && ticket == null) {
            model.tick();
            ticket = ticker.every(TICK, () -> {
                model.tick();
                table.refresh(); // the relative "Started" times move on even when no job changed
            });
        } else if (!showing && ticket != null) {
            ticket.cancel();
            ticket = null;
        }
    }

    @FXML
    private void initialize() {
        serviceFilter.setItems(FXCollections.observableArrayList(model.serviceFilterChoices()));
        serviceFilter.valueProperty().bindBidirectional(model.serviceFilterProperty());
        stateFilter.setItems(FXCollections.observableArrayList(StateFilter.values()));
        stateFilter.valueProperty().bindBidirectional(model.stateFilterProperty());
        filterText.textProperty().bindBidirectional(model.filterTextProperty());

        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        column(serviceColumn, ActivityRow.Values::service);
        column(resourceColumn, ActivityRow.Values::resource);
        column(startedColumn, ActivityRow.Values::started);
        startedColumn.setCellFactory(c -> new TimeCell<>(clock));
        column(stateColumn, values -> values);
        stateColumn.setCellFactory(c -> new ActivityCells.StateCell());
        column(progressColumn, values -> values);
        progressColumn.setCellFactory(c -> new ActivityCells.ProgressCell());
        column(etaColumn, ActivityRow.Values::eta);
        column(messageColumn, ActivityRow.Values::message);

        stopButton
                .disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> !model.stopProperty().getValue().allowed()
                                || model.busyProperty().get(),
                        model.stopProperty(),
                        model.busyProperty()));
        retryButton
                .disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> !model.retryProperty().getValue().allowed()
                                || model.busyProperty().get(),
                        model.retryProperty(),
                        model.busyProperty()));
        openButton.disableProperty().bind(model.selectedProperty().isNull());
        clearButton.disableProperty().bind(model.busyProperty());
        exportButton.disableProperty().bind(model.busyProperty());
        actionHint.textProperty().bind(model.actionHintProperty());
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        model.chartProperty().subscribe(this::showChart);
        // Backups come whole: the auto-ranged axis may tick at 0.25, so only whole numbers get a label.
        countAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double v = value.doubleValue();
                return v == Math.rint(v) ? Long.toString((long) v) : "";
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
    }

    private static <T> void column(TableColumn<ActivityRow, T> column, Function<ActivityRow.Values, T> value) {
        column.setCellValueFactory(cell -> cell.getValue().valuesProperty().map(value));
    }

    private void showChart(ActivityChartData data) {
        if (data == null) {
            return;
        }
        dayAxis.setCategories(FXCollections.observableArrayList(data.days()));
        chart.getData()
                .setAll(data.series().stream()
                        .map(series -> {
                            XYChart.Series<String, Number> shown = new XYChart.Series<>();
                            shown.setName(series.name());
                            for (int i = 0; i < data.days().size(); i++) {
                                shown.getData()
                                        .add(new XYChart.Data<>(
                                                data.days().get(i),
                                                series.counts().get(i)));
                            }
                            return shown;
                        })
                        .toList());
    }

    @FXML
    private void stop() {
        model.stop();
    }

    @FXML
    private void retry() {
        model.retry();
    }

    @FXML
    private void openResource() {
        model.openResource();
    }

    @FXML
    private void clearFinished() {
        model.clearFinished();
    }

    @FXML
    private void exportCsv() {
        File file = choose("CSV files", "*.csv", "backups.csv");
        if (file != null) {
            model.exportCsv(file.toPath());
        }
    }

    @FXML
    private void exportJson() {
        File file = choose("JSON files", "*.json", "backups.json");
        if (file != null) {
            model.exportJson(file.toPath());
        }
    }

    private File choose(String description, String pattern, String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export backups");
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        return chooser.showSaveDialog(root.getScene().getWindow());
    }
}
