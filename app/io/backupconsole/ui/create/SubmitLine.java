package io.backupconsole.ui.create;

import io.backupconsole.domain.Resource;
import io.backupconsole.tracking.TrackedJob;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One resource of a {@link SubmitFlow}: what it is and what became of its backup. FX thread only. */
public final class SubmitLine {
    private final Resource resource;
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("Not started yet");
    private final ReadOnlyObjectWrapper<TrackedJob> started = new ReadOnlyObjectWrapper<>();
    /** The job whose send got no clear answer: the next Create sends exactly it again, same id and token. */
    private TrackedJob uncertain;

    SubmitLine(Resource resource) {
        this.resource = resource;
    }

    public Resource resource() {
        return resource;
    }

    /** "Not started yet", "Started (…)", "Skipped: …", "Refused: …" or "No clear answer (…); …". */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The job once the service accepted this resource's request, else null. */
    public ReadOnlyObjectProperty<TrackedJob> startedProperty() {
        return started.getReadOnlyProperty();
    }

    boolean hasStarted() {
        return started.get() != null;
    }

    /** The job to send again as it is, or null when the next Create sends a new request. */
    TrackedJob uncertain() {
        return uncertain;
    }

    void apply(SendOutcome result) {
        outcome.set(result.line());
        uncertain = result.uncertain();
        if (result.started() != null) {
            started.set(result.started());
        }
    }
}
