package io.backupconsole.ui.create;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.tracking.TrackedJob;
import io.backupconsole.ui.common.FailureMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Sends the backups a create dialog asks for and says what became of each: one resource (the single dialog) or many
 * (the bulk dialog) alike. The rules both dialogs follow live here only:
 * <ul>
 *   <li>a first send is preceded by the preflight: the resources re-read ({@link Preflight}), then the dialog's own
 *       check with the service;</li>
 *   <li>every backup goes through {@link io.backupconsole.tracking.BackupSubmitter} (journal first), in the
 *       background;</li>
 *   <li>a send that got no clear answer keeps its job, and the next Create sends exactly that job again (same id,
 *       same token) for those resources only; a refusal settles it and frees the resource for a new request;</li>
 *   <li>the input is locked while the batch is part sent (a send uncertain, or some backups started and others
 *       not), so that what is sent again is what was sent;</li>
 *   <li>done once every backup started.</li>
 * </ul>
 * Threading: FX thread only (the test's thread with {@code Async.synchronous()}); the sends run in the background
 * through the context's {@code Async}, one after another.
 */
public final class SubmitFlow {
    /** A check that needs the service, run in the background before a first send (e.g. a name already taken). */
    @FunctionalInterface
    public interface ServiceCheck {
        /** Why the request must not be sent, as a sentence, or empty. Blocking: background only. */
        Optional<String> refusal(ServiceAdapters adapters, BackupRequest request);
    }

    private final BackupDialogContext context;
    private final ServiceCheck check;
    private final Predicate<ServiceFailure> shownOnField;
    private final ObservableList<SubmitLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper submitting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper generalMessage = new ReadOnlyStringWrapper("");
    private final List<Consumer<TrackedJob>> jobListeners = new ArrayList<>();

    /** A flow with no check of its own, whose refusals are shown on their lines. */
    public SubmitFlow(List<Resource> resources, BackupDialogContext context) {
        this(resources, context, (adapters, request) -> Optional.empty(), refusal -> false);
    }

    /**
     * @param check        the dialog's own check before a first send
     * @param shownOnField shows a service's refusal next to the field it concerns and says true, or says false (then
     *                     the general message says it); called on the FX thread
     */
    public SubmitFlow(
            List<Resource> resources,
            BackupDialogContext context,
            ServiceCheck check,
            Predicate<ServiceFailure> shownOnField) {
        this.context = context;
        this.check = check;
        this.shownOnField = shownOnField;
        resources.forEach(resource -> lines.add(new SubmitLine(resource)));
    }

    /** One line per resource, in the order given. */
    public ObservableList<SubmitLine> lines() {
        return FXCollections.unmodifiableObservableList(lines);
    }

    public ReadOnlyBooleanProperty submittingProperty() {
        return submitting.getReadOnlyProperty();
    }

    /** True while the input must not change: a retry must send exactly what was sent. */
    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    /** What the last Create came to, when that is not "everything started"; or why it could not send at all. */
    public ReadOnlyStringProperty generalMessageProperty() {
        return generalMessage.getReadOnlyProperty();
    }

    /** True once every backup started: the dialog closes then. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** Called with each job as the service accepts it. */
    public void onJobStarted(Consumer<TrackedJob> listener) {
        jobListeners.add(listener);
    }

    /**
     * Sends every resource whose backup has not started: an uncertain one exactly as before, any other with a new
     * request from {@code newRequest}, which is asked here, on the FX thread, so it may read the form. Does nothing
     * while a send is under way.
     */
    public void submit(Function<Resource, BackupRequest> newRequest) {
        if (submitting.get() || done.get()) {
            return;
        }
        submitting.set(true);
        generalMessage.set("");
        List<BatchSender.Attempt> attempts = lines.stream()
                .filter(line -> !line.hasStarted())
                .map(line -> line.uncertain() != null
                        ? new BatchSender.Attempt(line, line.uncertain().request(), line.uncertain())
                        : new BatchSender.Attempt(line, newRequest.apply(line.resource()), null))
                .toList();
        BatchSender sender =
                new BatchSender(context.connection().adapters(), context.submitter(), context.journal(), check);
        context.async().run(() -> sender.sendAll(attempts), this::applied, failure -> {
            submitting.set(false);
            generalMessage.set(FailureMessages.describe(failure));
        });
    }

    private void applied(List<BatchSender.Result> results) {
        submitting.set(false);
        String sentence = "";
        for (BatchSender.Result result : results) {
            SendOutcome outcome = result.outcome();
            result.line().apply(outcome);
            if (outcome.started() != null) {
                jobListeners.forEach(listener -> listener.accept(outcome.started()));
            }
            boolean onField = outcome.refusal() != null && shownOnField.test(outcome.refusal());
            sentence = onField ? "" : outcome.sentence();
        }
        long started = lines.stream().filter(SubmitLine::hasStarted).count();
        boolean allStarted = started == lines.size();
        locked.set(!allStarted && (started > 0 || lines.stream().anyMatch(line -> line.uncertain() != null)));
        if (!allStarted) {
            // With one resource the message says in full what became of it, in either dialog: the single dialog
            // shows no line, and a bulk of one must not read differently from it.
            generalMessage.set(
                    lines.size() == 1
                            ? sentence
                            : started + " of " + lines.size() + " backups started; see each resource's line. "
                                    + "Create tries the others again.");
        }
        done.set(allStarted);
    }
}
