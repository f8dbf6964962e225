package io.backupconsole.ui.create;

import io.backupconsole.tracking.TrackedJob;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * What the shared dialog frame ({@link BackupDialog}) needs from a create-backup view model, for one resource or
 * several: its input and Create, and the {@link SubmitFlow} that sends and reports. FX thread only.
 */
public interface CreateDialogModel {
    String title();

    /** Create's enabled state. */
    BooleanExpression canCreateProperty();

    /** Validates, checks, and sends; never closes anything itself. */
    void create();

    /** Sends the backups and says what became of them. */
    SubmitFlow submission();

    default ReadOnlyBooleanProperty submittingProperty() {
        return submission().submittingProperty();
    }

    /** True while the input must not change (a retry must send exactly what was sent). */
    default ReadOnlyBooleanProperty lockedProperty() {
        return submission().lockedProperty();
    }

    default ReadOnlyStringProperty generalMessageProperty() {
        return submission().generalMessageProperty();
    }

    /** True once every backup the dialog asked for was accepted: the frame closes then. */
    default ReadOnlyBooleanProperty doneProperty() {
        return submission().doneProperty();
    }

    /** Called with each job as the service accepts it. */
    default void onJobStarted(Consumer<TrackedJob> listener) {
        submission().onJobStarted(listener);
    }
}
