package io.backupconsole.ui.create;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.domain.rules.Violation;
import io.backupconsole.tracking.SubmitUncertain;
import io.backupconsole.tracking.TrackedJob;
import io.backupconsole.ui.common.FailureMessages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * "Back up selected…": one dialog for several resources of one service, with shared tags (and, for AWS Backup, one
 * vault), that sends one backup per resource through the same safe submit as the single dialogs, each journalled
 * and tracked on its own. Each resource's line says what happened; Create sends again only what did not start
 * (an uncertain one with its own token). Threading: FX thread only; the sends run one after another in the
 * background.
 */
public final class BulkBackupDialogViewModel implements CreateDialogModel {
    /** The vault field's name for messages. */
    public static final String VAULT = "BackupVaultName";

    /** One resource's line: what it is and what happened to its backup. FX thread only. */
    public static final class Row {
        private final Resource resource;
        private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("Not started yet");
        private TrackedJob started;
        private TrackedJob pending;

        Row(Resource resource) {
            this.resource = resource;
        }

        public Resource resource() {
            return resource;
        }

        public ReadOnlyStringProperty outcomeProperty() {
            return outcome.getReadOnlyProperty();
        }
    }

    private record Sent(Row row, String outcome, TrackedJob started, TrackedJob pending) {}

    private final BulkBackupPlan plan;
    private final BackupDialogContext context;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final TagEditorViewModel tags;
    private final ObservableList<String> vaults = FXCollections.observableArrayList();
    private final StringProperty vault = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper vaultStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper submitting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper generalMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Violation> violations = FXCollections.observableArrayList();
    private final BooleanBinding canCreate;
    private final List<Consumer<TrackedJob>> jobListeners = new ArrayList<>();

    public BulkBackupDialogViewModel(List<Resource> resources, BulkBackupPlan plan, BackupDialogContext context) {
        this.plan = plan;
        this.context = context;
        resources.forEach(resource -> rows.add(new Row(resource)));
        tags = new TagEditorViewModel(plan.tagsField());
        canCreate =
                Bindings.createBooleanBinding(() -> violations.isEmpty() && !submitting.get(), violations, submitting);
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
        return "Back up " + rows.size() + " " + rows.get(0).resource().service().displayName() + " resources";
    }

    public ObservableList<Row> rows() {
        return FXCollections.unmodifiableObservableList(rows);
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

    @Override
    public ReadOnlyBooleanProperty submittingProperty() {
        return submitting.getReadOnlyProperty();
    }

    /** True once some backups started: the shared input stays as it was sent. */
    @Override
    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty generalMessageProperty() {
        return generalMessage.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    @Override
    public void onJobStarted(Consumer<TrackedJob> listener) {
        jobListeners.add(listener);
    }

    // Commands

    /** Sends a backup for every resource whose backup has not started yet, one after another. */
    @Override
    public void create() {
        if (!canCreate.get()) {
            return;
        }
        submitting.set(true);
        generalMessage.set("");
        ServiceAdapters adapters = context.connection().adapters();
        List<Row> toSend = rows.stream().filter(row -> row.started == null).toList();
        Map<Row, TrackedJob> pending = toSend.stream()
                .filter(row -> row.pending != null)
                .collect(Collectors.toMap(Function.identity(), row -> row.pending));
        List<Resource> resources = toSend.stream().map(Row::resource).toList();
        BulkSender sender = new BulkSender(
                plan, context, adapters, List.copyOf(tags.tags()), vault.get(), Instant.now(context.clock()));
        context.async().run(() -> sendAll(sender, toSend, resources, pending), this::applied, failure -> {
            submitting.set(false);
            generalMessage.set(FailureMessages.describe(failure));
        });
    }

    // Internals

    private List<Sent> sendAll(
            BulkSender sender, List<Row> toSend, List<Resource> resources, Map<Row, TrackedJob> pending) {
        Map<String, Resource> current = sender.currentResources();
        List<Sent> results = new ArrayList<>();
        for (int i = 0; i < toSend.size(); i++) {
            Row row = toSend.get(i);
            results.add(send(sender, row, resources.get(i), pending.get(row), current));
        }
        return results;
    }

    private static Sent send(
            BulkSender sender, Row row, Resource resource, TrackedJob pending, Map<String, Resource> current) {
        try {
            if (pending == null) {
                String refusal = sender.refusal(resource, current);
                if (!refusal.isEmpty()) {
                    return new Sent(row, "Skipped: " + refusal, null, null);
                }
            }
            TrackedJob job = pending != null ? sender.retry(pending) : sender.submit(resource);
            return new Sent(row, "Started (" + job.serviceJobId() + ")", job, null);
        } catch (SubmitUncertain uncertain) {
            return new Sent(
                    row,
                    "No clear answer (" + FailureMessages.describe(uncertain.failure())
                            + "); Create sends the same request again",
                    null,
                    uncertain.job());
        } catch (ServiceFailure refused) {
            return new Sent(row, "Refused: " + FailureMessages.describe(refused), null, null);
        } catch (io.backupconsole.tracking.JournalUnwritable unsaved) {
            return new Sent(row, unsaved.getMessage(), null, null);
        }
    }

    private void applied(List<Sent> results) {
        submitting.set(false);
        for (Sent sent : results) {
            sent.row().outcome.set(sent.outcome());
            sent.row().pending = sent.pending();
            if (sent.started() != null) {
                sent.row().started = sent.started();
                jobListeners.forEach(listener -> listener.accept(sent.started()));
            }
        }
        long startedCount = rows.stream().filter(row -> row.started != null).count();
        locked.set(startedCount > 0 || rows.stream().anyMatch(row -> row.pending != null));
        if (startedCount == rows.size()) {
            done.set(true);
        } else {
            generalMessage.set(startedCount + " of " + rows.size() + " backups started; see each resource's line. "
                    + "Create tries the others again.");
        }
    }

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
        return violations.stream()
                .filter(v -> v.field().equals(VAULT))
                .map(Violation::message)
                .findFirst()
                .orElse("");
    }

    /** Every problem of the input now (the view shows the vault's; tag problems are on their cells). */
    public ObservableList<Violation> violations() {
        return FXCollections.unmodifiableObservableList(violations);
    }
}
