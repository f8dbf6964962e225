package io.backupconsole.ui.awsbackup;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.awsbackup.AwsBackupAdapter;
import io.backupconsole.aws.awsbackup.AwsBackupModule;
import io.backupconsole.domain.awsbackup.BackupVault;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.common.FailureMessages;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The vaults the AWS Backup dialog offers, read with ListBackupVaults when the dialog opens and on "Retry". Only
 * vaults StartBackupJob takes by name are offered (a logically air-gapped vault is refused as BackupVaultName).
 * "Default" is preselected when it exists, else the first vault. Threading: FX thread only; the listing runs on
 * the background executor of {@link Async} and its result is applied on the FX thread.
 */
public final class VaultChoice {
    private final ObservableList<BackupVault> vaults = FXCollections.observableArrayList();
    private final ObjectProperty<BackupVault> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Supplier<ServiceAdapters> adapters;
    private final Async async;
    private final Runnable onLoaded;

    /** @param onLoaded told on the FX thread once a listing ended, well or badly (the dialog re-validates) */
    VaultChoice(Supplier<ServiceAdapters> adapters, Async async, Runnable onLoaded) {
        this.adapters = adapters;
        this.async = async;
        this.onLoaded = onLoaded;
    }

    // Properties

    public ObservableList<BackupVault> vaults() {
        return vaults;
    }

    public ObjectProperty<BackupVault> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True when the last listing failed: the view offers "Retry". */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** "Loading vaults…", why the listing failed, or that the region has no vault; empty when all is well. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** How a vault reads in the list: its name, and the retention a Vault Lock imposes. */
    public static String label(BackupVault vault) {
        if (vault == null) {
            return "";
        }
        if (!vault.locked()) {
            return vault.name();
        }
        return vault.name() + " (locked: keep " + (vault.minRetentionDays() == null ? "any" : vault.minRetentionDays())
                + "–" + (vault.maxRetentionDays() == null ? "any" : vault.maxRetentionDays()) + " days)";
    }

    // Commands

    /** Lists the vaults in the background; the current choice is kept when the vault still exists. */
    public void load() {
        ServiceAdapters current = adapters.get();
        if (current == null) {
            finish(List.of(), "Not connected: connect to an account to list its backup vaults.", false);
            return;
        }
        AwsBackupAdapter backup = current.get(AwsBackupModule.ADAPTER);
        loading.set(true);
        failed.set(false);
        status.set("Loading vaults…");
        async.run(
                backup::listVaults,
                this::loaded,
                failure -> finish(
                        List.of(), "Could not list the backup vaults: " + FailureMessages.describe(failure), true));
    }

    private void loaded(List<BackupVault> listed) {
        List<BackupVault> usable =
                listed.stream().filter(BackupVault::acceptsBackupsByName).toList();
        // AWS creates "Default" only when the console first opens AWS Backup in a region (facts, sandbox seed).
        finish(
                usable,
                usable.isEmpty() ? "This region has no backup vault. Create one in the AWS Backup console." : null,
                usable.isEmpty());
    }

    /** @param retry whether "Retry" may help (after a failed call, or once a vault may have been created) */
    private void finish(List<BackupVault> usable, String problem, boolean retry) {
        String keep = selected.get() == null ? null : selected.get().name();
        vaults.setAll(usable);
        selected.set(usable.stream()
                .filter(v -> v.name().equals(keep))
                .findFirst()
                .or(() ->
                        usable.stream().filter(v -> v.name().equals("Default")).findFirst())
                .orElse(usable.isEmpty() ? null : usable.getFirst()));
        loading.set(false);
        failed.set(retry);
        status.set(problem == null ? "" : problem);
        onLoaded.run();
    }
}
