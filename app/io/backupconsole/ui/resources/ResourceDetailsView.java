package io.backupconsole.ui.resources;

import io.backupconsole.domain.Attribute;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.Resource;
import io.backupconsole.ui.common.Formats;
import io.backupconsole.ui.common.Fxml;
import io.backupconsole.ui.common.SizeCell;
import io.backupconsole.ui.common.StateBadgeCell;
import io.backupconsole.ui.common.StateTone;
import io.backupconsole.ui.common.TimeCell;
import java.time.Clock;
import java.time.Instant;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The details pane shared by every service view: loads ResourceDetails.fxml and binds it to its view model. */
public final class ResourceDetailsView {
    private final ResourceDetailsViewModel viewModel;
    private final Clock clock;
    private final Parent root;

    @FXML
    private Label emptyHint;

    @FXML
    private VBox content;

    @FXML
    private Label title;

    @FXML
    private Label typeLabel;

    @FXML
    private Label stateBadge;

    @FXML
    private Button backUpButton;

    @FXML
    private VBox bulkPane;

    @FXML
    private Label bulkSummary;

    @FXML
    private Button bulkBackUpButton;

    @FXML
    private Label bulkReason;

    @FXML
    private Label backUpReason;

    @FXML
    private Button planButton;

    @FXML
    private Label planReason;

    @FXML
    private GridPane attributes;

    @FXML
    private TableView<BackupSummary> backupsTable;

    @FXML
    private TableColumn<BackupSummary, String> backupNameColumn;

    @FXML
    private TableColumn<BackupSummary, String> backupStatusColumn;

    @FXML
    private TableColumn<BackupSummary, String> backupOriginColumn;

    @FXML
    private TableColumn<BackupSummary, Instant> backupCreatedColumn;

    @FXML
    private TableColumn<BackupSummary, Long> backupSizeColumn;

    @FXML
    private Label backupsError;

    @FXML
    private Button deleteButton;

    @FXML
    private Label deleteReason;

    public ResourceDetailsView(ResourceDetailsViewModel viewModel, Clock clock) {
        this.viewModel = viewModel;
        this.clock = clock;
        root = Fxml.load(this, "ResourceDetails.fxml");
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        content.visibleProperty()
                .bind(viewModel
                        .resourceProperty()
                        .isNotNull()
                        .and(viewModel.severalProperty().not()));
        emptyHint
                .visibleProperty()
                .bind(viewModel
                        .resourceProperty()
                        .isNull()
                        .and(viewModel.severalProperty().not()));
        bulkPane.visibleProperty().bind(viewModel.severalProperty());
        bulkSummary.textProperty().bind(viewModel.bulkSummaryProperty());
        bindAction(
                bulkBackUpButton,
                bulkReason,
                viewModel.bulkEligibilityProperty().get());
        viewModel.bulkEligibilityProperty().addListener((obs, old, e) -> bindAction(bulkBackUpButton, bulkReason, e));
        viewModel.resourceProperty().addListener((obs, old, resource) -> showResource(resource));
        showResource(viewModel.resourceProperty().get());

        bindAction(
                backUpButton,
                backUpReason,
                viewModel.backUpEligibilityProperty().get());
        viewModel.backUpEligibilityProperty().addListener((obs, old, e) -> bindAction(backUpButton, backUpReason, e));
        bindAction(planButton, planReason, viewModel.planEligibilityProperty().get());
        viewModel.planEligibilityProperty().addListener((obs, old, e) -> bindAction(planButton, planReason, e));
        bindAction(
                deleteButton,
                deleteReason,
                viewModel.deleteEligibilityProperty().get());
        viewModel.deleteEligibilityProperty().addListener((obs, old, e) -> bindAction(deleteButton, deleteReason, e));

        backupNameColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(c.getValue().name()));
        backupStatusColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(c.getValue().status()));
        backupStatusColumn.setCellFactory(c -> new StateBadgeCell<>());
        backupOriginColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(origin(c.getValue())));
        backupCreatedColumn.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().createdAt()));
        backupCreatedColumn.setCellFactory(c -> new TimeCell<>(clock));
        backupSizeColumn.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().sizeBytes()));
        backupSizeColumn.setCellFactory(c -> new SizeCell<>());
        backupsTable.setItems(viewModel.backups());
        backupsTable
                .getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (obs, old, backup) -> viewModel.selectedBackupProperty().set(backup));
        backupsTable
                .placeholderProperty()
                .bind(Bindings.when(viewModel.backupsLoadingProperty())
                        .<Node>then(new Label("Loading backups…"))
                        .otherwise(new Label("No backups yet.")));
        backupsError.textProperty().bind(viewModel.backupsErrorProperty());
        backupsError.visibleProperty().bind(viewModel.backupsErrorProperty().isNotEmpty());
        backupsError.managedProperty().bind(backupsError.visibleProperty());
    }

    @FXML
    private void backUp() {
        viewModel.backUp();
    }

    @FXML
    private void addToPlan() {
        viewModel.addToPlan();
    }

    @FXML
    private void backUpSelected() {
        viewModel.backUpSelected();
    }

    @FXML
    private void deleteBackup() {
        viewModel.deleteSelectedBackup();
    }

    private void showResource(Resource resource) {
        attributes.getChildren().clear();
        if (resource == null) {
            return;
        }
        // Short ids (fs-…, server names) help next to the name; long ones (ARNs) are in the attributes instead.
        boolean showId = !resource.name().equals(resource.id()) && resource.id().length() <= 32;
        title.setText(showId ? resource.name() + "  ·  " + resource.id() : resource.name());
        typeLabel.setText(resource.type());
        stateBadge.setText(Formats.state(resource.state()));
        stateBadge.getStyleClass().removeIf(style -> style.startsWith("tone-"));
        stateBadge.getStyleClass().add(StateTone.of(resource.state()).styleClass());
        int row = 0;
        for (Attribute attribute : resource.attributes()) {
            Label label = new Label(attribute.label());
            label.getStyleClass().add("attribute-label");
            Label value = new Label(attribute.value());
            value.setWrapText(true);
            value.setTooltip(new Tooltip(attribute.value()));
            attributes.addRow(row++, label, value);
        }
    }

    private static void bindAction(Button button, Label reason, Eligibility eligibility) {
        button.setDisable(!eligibility.allowed());
        reason.setText(eligibility.reason());
        reason.setVisible(!eligibility.allowed());
    }

    private static String origin(BackupSummary backup) {
        return switch (backup.origin()) {
            case MANUAL -> "You";
            case AUTOMATED -> "Schedule";
            case AWS_BACKUP -> "AWS Backup";
        };
    }
}
