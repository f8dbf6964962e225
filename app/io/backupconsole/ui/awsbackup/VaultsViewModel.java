package io.backupconsole.ui.awsbackup;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.awsbackup.AwsBackupAdapter;
import io.backupconsole.aws.awsbackup.AwsBackupModule;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.awsbackup.BackupVault;
import io.backupconsole.ui.common.AutoRefresh;
import io.backupconsole.ui.common.FailureMessages;
import io.backupconsole.ui.common.ViewContext;
import io.backupconsole.ui.resources.ResourceListViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Vaults tab: every vault of the region and the recovery points of the selected one, newest first. Reloads by
 * itself while shown, backing off while the listing fails ({@link AutoRefresh}). FX thread only; listing runs in
 * the background; answers for an older selection or connection are dropped.
 */
public final class VaultsViewModel {
    private final ViewContext context;
    private final AutoRefresh autoRefresh;
    private final ObservableList<BackupVault> vaults = FXCollections.observableArrayList();
    private final ObjectProperty<BackupVault> selected = new SimpleObjectProperty<>();
    private final ObservableList<BackupSummary> recoveryPoints = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private long pointsGeneration;

    public VaultsViewModel(ViewContext context) {
        this.context = context;
        this.autoRefresh = new AutoRefresh(
                context.ticker(),
                ResourceListViewModel.AUTO_REFRESH,
                context.clock(),
                context.connection(),
                this::load);
        selected.addListener((obs, old, vault) -> loadRecoveryPoints(vault));
    }

    // Properties

    public ObservableList<BackupVault> vaults() {
        return FXCollections.unmodifiableObservableList(vaults);
    }

    public ObjectProperty<BackupVault> selectedProperty() {
        return selected;
    }

    public ObservableList<BackupSummary> recoveryPoints() {
        return FXCollections.unmodifiableObservableList(recoveryPoints);
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    // Commands

    public void setShowing(boolean showing) {
        autoRefresh.setShowing(showing);
    }

    public void refresh() {
        autoRefresh.reload();
    }

    private void load() {
        AwsBackupAdapter adapter = adapter();
        if (adapter == null) {
            return;
        }
        String selectedName = selected.get() == null ? null : selected.get().name();
        context.async()
                .run(
                        adapter::listVaults,
                        list -> {
                            if (adapter != adapter()) {
                                return;
                            }
                            autoRefresh.succeeded();
                            vaults.setAll(list);
                            error.set("");
                            selected.set(list.stream()
                                    .filter(v -> v.name().equals(selectedName))
                                    .findFirst()
                                    .orElse(null));
                        },
                        failure -> {
                            if (adapter == adapter()) {
                                autoRefresh.failed();
                                error.set(FailureMessages.describe(failure) + autoRefresh.nextTryWords());
                            }
                        });
    }

    private void loadRecoveryPoints(BackupVault vault) {
        long thisLoad = ++pointsGeneration;
        AwsBackupAdapter adapter = adapter();
        if (vault == null || adapter == null) {
            recoveryPoints.clear();
            return;
        }
        context.async()
                .run(
                        () -> adapter.listRecoveryPoints(vault.name()),
                        points -> {
                            if (thisLoad == pointsGeneration) {
                                recoveryPoints.setAll(points);
                            }
                        },
                        failure -> {
                            if (thisLoad == pointsGeneration) {
                                recoveryPoints.clear();
                                error.set(FailureMessages.describe(failure));
                            }
                        });
    }

    private AwsBackupAdapter adapter() {
        ServiceAdapters adapters = context.connection().adapters();
        return adapters == null ? null : adapters.get(AwsBackupModule.ADAPTER);
    }
}
