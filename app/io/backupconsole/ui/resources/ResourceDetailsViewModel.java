package io.backupconsole.ui.resources;

import io.backupconsole.aws.DeletesBackups;
import io.backupconsole.aws.ServiceAdapter;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.BackupDeletion;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.common.FailureMessages;
import io.backupconsole.ui.common.ViewContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The details pane of the selected resource: its attributes, its backups newest first, whether it can be backed
 * up (and why not), and deleting a manual backup after confirmation. Threading: FX thread only; listing and
 * deleting run in the background through {@link Async}; answers for a resource no longer shown are dropped.
 */
public final class ResourceDetailsViewModel {
    private static final Eligibility NOTHING_SELECTED = Eligibility.refused("Select a resource first.");
    private static final Eligibility NO_BACKUP_SELECTED = Eligibility.refused("Select a backup to delete.");

    private final AwsService service;
    /** The connection, background work, confirmations and the create-backup dialogs. */
    private final ViewContext context;

    private Runnable afterBackupStarted = () -> {};

    private final ReadOnlyObjectWrapper<Resource> resource = new ReadOnlyObjectWrapper<>();
    private final ObservableList<BackupSummary> backups = FXCollections.observableArrayList();
    private final ObjectProperty<BackupSummary> selectedBackup = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper backupsLoading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper backupsError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Eligibility> backUpEligibility = new ReadOnlyObjectWrapper<>(NOTHING_SELECTED);
    private final ReadOnlyObjectWrapper<Eligibility> planEligibility = new ReadOnlyObjectWrapper<>(NOTHING_SELECTED);
    private final ReadOnlyObjectWrapper<Eligibility> deleteEligibility =
            new ReadOnlyObjectWrapper<>(NO_BACKUP_SELECTED);

    private long generation;

    public ResourceDetailsViewModel(AwsService service, ViewContext context) {
        this.service = service;
        this.context = context;
        selectedBackup.addListener((obs, old, backup) -> deleteEligibility.set(deletability(backup)));
    }

    private final ObservableList<Resource> selection = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper several = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper bulkSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Eligibility> bulkEligibility = new ReadOnlyObjectWrapper<>(NOTHING_SELECTED);

    // Properties

    /** True when several resources are selected: the pane offers to back them all up instead of one's details. */
    public ReadOnlyBooleanProperty severalProperty() {
        return several.getReadOnlyProperty();
    }

    /** "3 selected: 2 can be backed up now." and one line per resource that cannot, with its reason. */
    public ReadOnlyStringProperty bulkSummaryProperty() {
        return bulkSummary.getReadOnlyProperty();
    }

    /** Whether "Back up selected…" is enabled (at least one selected resource can be backed up), and why not. */
    public ReadOnlyObjectProperty<Eligibility> bulkEligibilityProperty() {
        return bulkEligibility.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Resource> resourceProperty() {
        return resource.getReadOnlyProperty();
    }

    /** Backups of the shown resource, newest first. */
    public ObservableList<BackupSummary> backups() {
        return FXCollections.unmodifiableObservableList(backups);
    }

    public ObjectProperty<BackupSummary> selectedBackupProperty() {
        return selectedBackup;
    }

    public ReadOnlyBooleanProperty backupsLoadingProperty() {
        return backupsLoading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty backupsErrorProperty() {
        return backupsError.getReadOnlyProperty();
    }

    /** Whether "Back up…" is enabled, and the reason shown next to it when not. */
    public ReadOnlyObjectProperty<Eligibility> backUpEligibilityProperty() {
        return backUpEligibility.getReadOnlyProperty();
    }

    /** Whether "Add to a backup plan…" is enabled, and why not (AWS Backup supports only some services). */
    public ReadOnlyObjectProperty<Eligibility> planEligibilityProperty() {
        return planEligibility.getReadOnlyProperty();
    }

    /** Whether "Delete…" is enabled for the selected backup, and why not. */
    public ReadOnlyObjectProperty<Eligibility> deleteEligibilityProperty() {
        return deleteEligibility.getReadOnlyProperty();
    }

    // Commands

    /** Shows a resource (null clears the pane) and loads its backups. */
    public void show(Resource shown) {
        resource.set(shown);
        backUpEligibility.set(shown == null ? NOTHING_SELECTED : shown.eligibility());
        planEligibility.set(shown == null ? NOTHING_SELECTED : planEligibilityOf(shown));
        reloadBackups();
    }

    /** The module of the resource's service decides (AWS Backup's supported services); none without a connection. */
    private Eligibility planEligibilityOf(Resource shown) {
        ServiceAdapters adapters = context.connection().adapters();
        return adapters == null
                ? Eligibility.refused("Not connected.")
                : adapters.registry().module(shown.service()).planEligibility(shown);
    }

    public void reloadBackups() {
        long thisLoad = ++generation;
        Resource shown = resource.get();
        ServiceAdapters adapters = context.connection().adapters();
        selectedBackup.set(null);
        backupsError.set("");
        if (shown == null || adapters == null) {
            backups.clear();
            backupsLoading.set(false);
            return;
        }
        ServiceAdapter adapter = adapters.get(service);
        backupsLoading.set(true);
        context.async()
                .run(
                        () -> newestFirst(adapter.listBackups(shown.id())),
                        list -> {
                            if (thisLoad == generation) {
                                backups.setAll(list);
                                backupsLoading.set(false);
                            }
                        },
                        failure -> {
                            if (thisLoad == generation) {
                                backups.clear();
                                backupsError.set(FailureMessages.describe(failure));
                                backupsLoading.set(false);
                            }
                        });
    }

    /** What else to do once a backup started from this pane was accepted (the list refreshes its states). */
    void whenBackupStarted(Runnable action) {
        afterBackupStarted = action;
    }

    /** The table's selection: with two or more rows, the pane turns into the bulk back-up pane. */
    public void showSelection(List<Resource> resources) {
        selection.setAll(resources);
        several.set(resources.size() >= 2);
        List<Resource> eligible = eligibleInSelection();
        StringBuilder summary = new StringBuilder(resources.size() + " selected: " + eligible.size()
                + (eligible.size() == 1 ? " can" : " can") + " be backed up now.");
        resources.stream()
                .filter(r -> !r.eligibility().allowed())
                .forEach(r -> summary.append('\n')
                        .append(r.name())
                        .append(": ")
                        .append(r.eligibility().reason()));
        bulkSummary.set(summary.toString());
        bulkEligibility.set(
                eligible.isEmpty()
                        ? Eligibility.refused("None of the selected can be backed up now.")
                        : Eligibility.ALLOWED);
    }

    /** Opens one dialog that backs up every selected resource that can be backed up now. */
    public void backUpSelected() {
        List<Resource> eligible = eligibleInSelection();
        if (!eligible.isEmpty()) {
            context.backUpAction().openBulk(eligible, () -> {
                reloadBackups();
                afterBackupStarted.run();
            });
        }
    }

    private List<Resource> eligibleInSelection() {
        return selection.stream().filter(r -> r.eligibility().allowed()).toList();
    }

    /** Opens the create-backup dialog for the shown resource, when it can be backed up. */
    public void backUp() {
        if (resource.get() != null && backUpEligibility.get().allowed()) {
            context.backUpAction().open(resource.get(), () -> {
                reloadBackups();
                afterBackupStarted.run();
            });
        }
    }

    /** Opens "Add to a backup plan…" for the shown resource, when AWS Backup can protect it. */
    public void addToPlan() {
        if (resource.get() != null && planEligibility.get().allowed()) {
            context.backUpAction().openPlan(resource.get());
        }
    }

    /** Deletes the selected backup after the user confirms a message that names it. */
    public void deleteSelectedBackup() {
        BackupSummary backup = selectedBackup.get();
        Resource shown = resource.get();
        if (backup == null || shown == null || !deleteEligibility.get().allowed()) {
            return;
        }
        String what = backup.name().equals(backup.id()) ? backup.id() : backup.name() + " (" + backup.id() + ")";
        if (!context.dialogs()
                .confirm(
                        "Delete backup",
                        "Delete " + what + " of " + shown.name()
                                + "?\nIts data is gone for good; this cannot be undone.",
                        "Delete")) {
            return;
        }
        Optional<DeletesBackups> deleting = context.connection().adapters().deleting(service);
        if (deleting.isEmpty()) {
            return;
        }
        DeletesBackups deleter = deleting.get();
        backupsLoading.set(true);
        context.async()
                .run(
                        () -> {
                            deleter.deleteBackup(backup);
                            return backup;
                        },
                        deleted -> reloadBackups(),
                        failure -> {
                            backupsLoading.set(false);
                            backupsError.set(
                                    "Could not delete " + backup.id() + ": " + FailureMessages.describe(failure));
                        });
    }

    private Eligibility deletability(BackupSummary backup) {
        if (backup == null) {
            return NO_BACKUP_SELECTED;
        }
        ServiceAdapters adapters = context.connection().adapters();
        if (adapters == null || adapters.deleting(service).isEmpty()) {
            return Eligibility.refused(service.displayName() + " backups are not deleted from this app.");
        }
        return BackupDeletion.eligibility(backup);
    }

    private static List<BackupSummary> newestFirst(List<BackupSummary> list) {
        return list.stream()
                .sorted(Comparator.comparing(
                        BackupSummary::createdAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder())))
                .toList();
    }
}
