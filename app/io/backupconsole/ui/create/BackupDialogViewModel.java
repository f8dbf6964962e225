package io.backupconsole.ui.create;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.domain.rules.Violation;
import io.backupconsole.tracking.TrackedJob;
import io.backupconsole.ui.common.FailureMessages;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

/**
 * What every create-backup dialog has in common: live validation with the service's own rules, messages shown once
 * a field is touched, a Create command bound to the same validation result, and service errors placed next to the
 * field they concern with the input kept. Sending (preflight, safe submit, the lock and the identical resend after an
 * uncertain send) is a {@link SubmitFlow} of one resource, the same as the bulk dialog's.
 *
 * <p>Each service's dialog supplies its fields, {@link #validate()} (its domain rule set) and
 * {@link #request(String)}. Field names are the request members the rules and the service use ({@code ServerName},
 * {@code Tags[2].Key}, {@code relationalDatabaseSnapshotName}), so a violation or a service error lands on the right
 * field. Threading: FX thread only (the synchronous executor in tests); preflight and submit run in the background.
 */
public abstract class BackupDialogViewModel implements CreateDialogModel {
    protected final Resource resource;
    protected final BackupDialogContext context;

    private final ReadOnlyObjectWrapper<List<Violation>> violations = new ReadOnlyObjectWrapper<>(List.of());
    private final ObservableSet<String> touched = FXCollections.observableSet(new HashSet<>());
    private final ReadOnlyBooleanWrapper submitAttempted = new ReadOnlyBooleanWrapper(false);
    private final ObservableMap<String, String> serviceMessages = FXCollections.observableHashMap();
    private final SubmitFlow submission;
    private final BooleanBinding canCreate;
    private static final Pattern MEMBER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    protected BackupDialogViewModel(Resource resource, BackupDialogContext context) {
        this.resource = resource;
        this.context = context;
        submission = new SubmitFlow(List.of(resource), context, this::preflight, this::showOnField);
        canCreate = Bindings.createBooleanBinding(
                () -> violations.get().isEmpty()
                        && !submission.submittingProperty().get()
                        && extraBlockers().isEmpty(),
                violations,
                submission.submittingProperty());
    }

    // Properties

    public Resource resource() {
        return resource;
    }

    /** Dialog title, e.g. "Back up chef-prod". */
    @Override
    public String title() {
        return "Back up " + resource.name();
    }

    /** Every rule the current input breaks, from the service's rule set. */
    public ReadOnlyObjectProperty<List<Violation>> violationsProperty() {
        return violations.getReadOnlyProperty();
    }

    /** True when the input is valid and nothing is being sent: the Create button's enabled state. */
    @Override
    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    /**
     * Sends the one request; its general message concerns no single field (preflight refusals, network trouble), and
     * it is locked after an uncertain send, so that a retry sends exactly the same request.
     */
    @Override
    public SubmitFlow submission() {
        return submission;
    }

    /** The job once the service accepted the request: the view closes the dialog. */
    public ReadOnlyObjectProperty<TrackedJob> startedProperty() {
        return submission.lines().getFirst().startedProperty();
    }

    /**
     * The message to show next to {@code field}: the service's error about it, or the first rule it breaks once
     * the user has touched it (or tried to create). Empty when there is nothing to say.
     */
    public StringBinding messageFor(String field) {
        return Bindings.createStringBinding(
                () -> {
                    String fromService = serviceMessages.get(field);
                    if (fromService != null) {
                        return fromService;
                    }
                    if (!touched.contains(field) && !submitAttempted.get()) {
                        return "";
                    }
                    return FieldMessages.firstAbout(field, violations.get());
                },
                violations,
                touched,
                submitAttempted,
                serviceMessages);
    }

    // Commands

    /** The user left or edited {@code field}: its message may show from now on. */
    public void touch(String field) {
        touched.add(field);
    }

    /**
     * Re-checks the preflight, then sends the request (or, after an uncertain send, the same request again). Does
     * nothing while the input is invalid or a send is under way.
     */
    @Override
    public void create() {
        submitAttempted.set(true);
        if (!canCreate.get()) {
            return;
        }
        serviceMessages.clear();
        submission.submit(each -> request(BackupRequest.newToken()));
    }

    // For subclasses

    /** Every problem of the current input, by the service's rules. */
    protected abstract List<Violation> validate();

    /** The request the current input describes, with a token new for this user action. */
    protected abstract BackupRequest request(String idempotencyToken);

    /** Checks that need the service, run in the background right before sending (e.g. a name already taken). */
    protected Optional<String> preflight(ServiceAdapters adapters, BackupRequest request) {
        return Optional.empty();
    }

    /** Reasons, other than rule violations, that Create must stay disabled (e.g. a name check still running). */
    protected Optional<String> extraBlockers() {
        return Optional.empty();
    }

    /** Subclasses call this whenever an input changes (and add their own dependencies to {@link #canCreate}). */
    protected final void revalidate() {
        serviceMessages.clear();
        violations.set(List.copyOf(validate()));
        canCreate.invalidate();
    }

    /**
     * Validates now, and again whenever the tags or one of {@code inputs} change: the wiring every dialog's
     * constructor ends with.
     */
    protected final void revalidateOnChange(TagEditorViewModel tags, ObservableValue<?>... inputs) {
        for (ObservableValue<?> input : inputs) {
            input.addListener((obs, old, now) -> revalidate());
        }
        tags.rows().addListener((ListChangeListener<Object>) change -> revalidate());
        revalidate();
    }

    /** Subclasses call this when something {@link #extraBlockers()} depends on changed. */
    protected final void refreshCanCreate() {
        canCreate.invalidate();
    }

    /** Places a message on a field, as if the service had said it (for asynchronous checks). */
    protected final void showFieldMessage(String field, String message) {
        if (message.isEmpty()) {
            serviceMessages.remove(field);
        } else {
            serviceMessages.put(field, message);
        }
    }

    /**
     * Which field a service error is about: the member the service named, else the first of the dialog's fields
     * that its message mentions (AWS messages say e.g. "Value at 'description' failed to satisfy constraint"), else
     * none (the message is shown for the whole dialog).
     */
    protected String fieldOf(ServiceFailure failure) {
        if (!failure.field().isEmpty()) {
            return failure.field();
        }
        if (failure.kind() != ServiceFailure.Kind.INVALID_INPUT) {
            return "";
        }
        Matcher words = MEMBER_NAME.matcher(String.valueOf(failure.getMessage()));
        while (words.find()) {
            String word = words.group();
            for (String candidate : List.of(
                    word,
                    Character.toUpperCase(word.charAt(0)) + word.substring(1),
                    Character.toLowerCase(word.charAt(0)) + word.substring(1))) {
                if (isField(candidate)) {
                    return candidate;
                }
            }
        }
        return "";
    }

    /** Shows a refusal next to the field its message names, if the dialog has that field. FX thread. */
    private boolean showOnField(ServiceFailure refusal) {
        String field = fieldOf(refusal);
        if (field.isEmpty() || !isField(field)) {
            return false;
        }
        serviceMessages.put(field, FailureMessages.describe(refusal));
        return true;
    }

    /** Whether the dialog shows a field of this name (else a service error about it is shown generally). */
    protected abstract boolean isField(String field);
}
