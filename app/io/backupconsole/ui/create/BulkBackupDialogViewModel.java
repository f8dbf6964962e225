package io.backupconsole.ui.create;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.domain.rules.Violation;
import io.backupconsole.ui.common.FailureMessages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * "Back up selected…": one dialog for several resources of one service, with shared tags (and, for AWS Backup, one
 * vault), that sends one backup per resource through the same {@link SubmitFlow} as the single dialogs, each
 * journalled and tracked on its own. Each resource's line says what happened; Create sends again only what did not
 * start (an uncertain one exactly as before). Threading: FX thread only; the sends run one after another in the
 * background.
 */
public final class BulkBackupDialogViewModel implements CreateDialogModel {
    /** The vault field's name for messages. */
    public static final String VAULT = "BackupVaultName";

    private final BulkBackupPlan plan;
    private final BackupDialogContext context;
    private final TagEditorViewModel tags;
    private final ObservableList<String> vaults = FXCollections.observableArrayList();
    private final StringProperty vault = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper vaultStatus = new ReadOnlyStringWrapper("");
    private final SubmitFlow submission;
    private final ObservableList<Violation> violations = FXCollections.observableArrayList();
    private final BooleanBinding canCreate;

    public BulkBackupDialogViewModel(List<Resource> resources, BulkBackupPlan plan, BackupDialogContext context) {
        this.plan = plan;
        this.context = context;
        submission = new SubmitFlow(resources, context);
        tags = new TagEditorViewModel(plan.tagsField());
        canCreate = Bindings.createBooleanBinding(
                () -> violations.isEmpty() && !submission.submittingProperty().get(),
                violations,
                submission.submittingProperty());
        tags.rows().addListener((ListChangeListener<Object>) change -> revalidate());
        vault.addListener((obs, old, now) -> revalidate());
        if (plan.needsVault()) {
            loadVaults();
        }
        revalidate();
    }

    // Properties

    @Override
    public String title() {
        return "Back up " + rows().size() + " "
                + rows().getFirst().resource().service().displayName() + " resources";
    }

    /** One line per resource: what became of its backup. */
    public ObservableList<SubmitLine> rows() {
        return submission.lines();
    }

    public TagEditorViewModel tags() {
        return tags;
    }

    /** The service's note under the tags. */
    public String planNote() {
        return plan.note();
    }

    public boolean needsVault() {
        return plan.needsVault();
    }

    public ObservableList<String> vaults() {
        return vaults;
    }

    public StringProperty vaultProperty() {
        return vault;
    }

    /** "Loading vaults…", why they could not be listed, or empty. */
    public ReadOnlyStringProperty vaultStatusProperty() {
        return vaultStatus.getReadOnlyProperty();
    }

    @Override
    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    /** Locked once some backups started: the shared input stays as it was sent. */
    @Override
    public SubmitFlow submission() {
        return submission;
    }

    // Commands

    /** Sends a backup for every resource whose backup has not started yet, one after another. */
    @Override
    public void create() {
        if (!canCreate.get()) {
            return;
        }
        List<Tag> sharedTags = List.copyOf(tags.tags());
        String chosenVault = vault.get();
        Instant now = Instant.now(context.clock());
        submission.submit(resource -> plan.request(resource, sharedTags, chosenVault, now, BackupRequest.newToken()));
    }

    // Internals

    private void revalidate() {
        List<Violation> problems = new ArrayList<>(plan.checkTags(tags.tags()));
        tags.showViolations(problems);
        if (plan.needsVault() && (vault.get() == null || vault.get().isEmpty())) {
            problems.add(new Violation(
                    VAULT,
                    vaults.isEmpty() && vaultStatus.get().isEmpty()
                            ? "This region has no backup vault to use."
                            : "Choose a vault."));
        }
        violations.setAll(problems);
    }

    private void loadVaults() {
        vaultStatus.set("Loading vaults…");
        ServiceAdapters adapters = context.connection().adapters();
        context.async()
                .run(
                        () -> plan.vaults(adapters),
                        names -> {
                            vaults.setAll(names);
                            vaultStatus.set("");
                            vault.set(names.contains("Default") ? "Default" : names.isEmpty() ? "" : names.get(0));
                            revalidate();
                        },
                        failure -> {
                            vaultStatus.set("Could not list the vaults: " + FailureMessages.describe(failure));
                            revalidate();
                        });
    }

    /** The first message about the vault, or empty. */
    public String vaultMessage() {
        return FieldMessages.firstAbout(VAULT, violations);
    }

    /** Every problem of the input now (the view shows the vault's; tag problems are on their cells). */
    public ObservableList<Violation> violations() {
        return FXCollections.unmodifiableObservableList(violations);
    }
}
