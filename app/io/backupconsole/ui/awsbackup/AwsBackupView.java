package io.backupconsole.ui.awsbackup;

import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.awsbackup.BackupJobStatus;
import io.backupconsole.domain.awsbackup.BackupVault;
import io.backupconsole.ui.common.Fxml;
import io.backupconsole.ui.common.ServiceView;
import io.backupconsole.ui.common.SizeCell;
import io.backupconsole.ui.common.StateBadgeCell;
import io.backupconsole.ui.common.TimeCell;
import io.backupconsole.ui.resources.ResourceTablePane;
import io.backupconsole.ui.resources.Stylesheets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;

/** AWS Backup: loads AwsBackup.fxml (three tabs) and binds it to {@link AwsBackupViewModel}. */
public final class AwsBackupView implements ServiceView {
    private final AwsBackupViewModel viewModel;
    private final Clock clock;
    private final Parent root;

    @FXML
    private TabPane tabs;

    @FXML
    private StackPane resourcesHost;

    @FXML
    private Label vaultsError;

    @FXML
    private TableView<BackupVault> vaultsTable;

    @FXML
    private TableColumn<BackupVault, String> vaultNameColumn;

    @FXML
    private TableColumn<BackupVault, String> vaultLockColumn;

    @FXML
    private TableColumn<BackupVault, String> vaultKeyColumn;

    @FXML
    private TableColumn<BackupVault, String> vaultPointsColumn;

    @FXML
    private TableView<BackupSummary> pointsTable;

    @FXML
    private TableColumn<BackupSummary, String> pointNameColumn;

    @FXML
    private TableColumn<BackupSummary, String> pointStatusColumn;

    @FXML
    private TableColumn<BackupSummary, Instant> pointCreatedColumn;

    @FXML
    private TableColumn<BackupSummary, Long> pointSizeColumn;

    @FXML
    private ComboBox<String> jobStateFilter;

    @FXML
    private TextField jobsFilter;

    @FXML
    private Label jobsError;

    @FXML
    private TableView<BackupJobStatus> jobsTable;

    @FXML
    private TableColumn<BackupJobStatus, String> jobResourceColumn;

    @FXML
    private TableColumn<BackupJobStatus, String> jobTypeColumn;

    @FXML
    private TableColumn<BackupJobStatus, String> jobStateColumn;

    @FXML
    private TableColumn<BackupJobStatus, String> jobPercentColumn;

    @FXML
    private TableColumn<BackupJobStatus, Instant> jobCreatedColumn;

    @FXML
    private TableColumn<BackupJobStatus, String> jobMessageColumn;

    public AwsBackupView(AwsBackupViewModel viewModel, Clock clock) {
        this.viewModel = viewModel;
        this.clock = clock;
        root = Fxml.load(this, "AwsBackup.fxml");
        Stylesheets.addShared(root);
    }

    @FXML
    private void initialize() {
        bindResources();
        bindVaults();
        bindJobs();
        tabs.getSelectionModel()
                .selectedIndexProperty()
                .addListener(
                        (obs, old, index) -> viewModel.selectTab(AwsBackupViewModel.Tab.values()[index.intValue()]));
    }

    private void bindResources() {
        ResourceTablePane pane = new ResourceTablePane(
                AwsBackupTable.spec(),
                viewModel.resources(),
                new ReadOnlyStringWrapper(""),
                clock,
                ResourceTablePane.Placement.TAB);
        resourcesHost.getChildren().add(pane.root());
    }

    private void bindVaults() {
        VaultsViewModel vaults = viewModel.vaults();
        showError(vaultsError, vaults.errorProperty());
        vaultsTable.setItems(vaults.vaults());
        text(vaultNameColumn, BackupVault::name);
        text(
                vaultLockColumn,
                v -> v.locked()
                        ? "Locked, " + days(v.minRetentionDays()) + "–" + days(v.maxRetentionDays()) + " days"
                        : "—");
        text(vaultKeyColumn, v -> v.customerManagedKey() ? "Customer KMS key" : "AWS owned key");
        text(vaultPointsColumn, v -> v.recoveryPointCount() == null ? "—" : Long.toString(v.recoveryPointCount()));
        vaultsTable
                .getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, old, v) -> vaults.selectedProperty().set(v));
        pointsTable.setItems(vaults.recoveryPoints());
        text(pointNameColumn, BackupSummary::name);
        text(pointStatusColumn, BackupSummary::status);
        pointStatusColumn.setCellFactory(c -> new StateBadgeCell<>());
        pointCreatedColumn.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().createdAt()));
        pointCreatedColumn.setCellFactory(c -> new TimeCell<>(clock));
        pointSizeColumn.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().sizeBytes()));
        pointSizeColumn.setCellFactory(c -> new SizeCell<>());
    }

    private void bindJobs() {
        JobsViewModel jobs = viewModel.jobs();
        showError(jobsError, jobs.errorProperty());
        jobStateFilter.setItems(FXCollections.observableArrayList(JobsViewModel.STATES));
        jobStateFilter.valueProperty().bindBidirectional(jobs.stateFilterProperty());
        jobsFilter.textProperty().bindBidirectional(jobs.textFilterProperty());
        jobsTable.setItems(jobs.jobs());
        text(jobResourceColumn, job -> lastSegment(job.resourceArn()));
        text(jobTypeColumn, job -> job.resourceType() == null ? "—" : job.resourceType());
        text(jobStateColumn, BackupJobStatus::state);
        jobStateColumn.setCellFactory(c -> new StateBadgeCell<>());
        text(
                jobPercentColumn,
                job -> job.percentDone() == null ? "" : String.format(Locale.ROOT, "%.0f %%", job.percentDone()));
        jobCreatedColumn.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().createdAt()));
        jobCreatedColumn.setCellFactory(c -> new TimeCell<>(clock));
        text(jobMessageColumn, BackupJobStatus::message);
    }

    private static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    private static void showError(Label label, ObservableStringValue message) {
        label.textProperty().bind(message);
        label.visibleProperty().bind(Bindings.isNotEmpty(message));
        label.managedProperty().bind(label.visibleProperty());
    }

    /** A lock's bound in days, "?" when the service does not say. */
    private static String days(Long days) {
        return days == null ? "?" : days.toString();
    }

    private static String lastSegment(String arn) {
        if (arn == null) {
            return "—";
        }
        int cut = Math.max(arn.lastIndexOf('/'), arn.lastIndexOf(':'));
        return cut < 0 ? arn : arn.substring(cut + 1);
    }

    @FXML
    @Override
    public void refresh() {
        viewModel.refresh();
    }

    @Override
    public void reveal(String resourceId) {
        tabs.getSelectionModel().selectFirst();
        viewModel.resources().reveal(resourceId);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void setShowing(boolean showing) {
        viewModel.setShowing(showing);
    }
}
