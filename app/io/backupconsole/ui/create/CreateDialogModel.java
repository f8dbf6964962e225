package io.backupconsole.ui.create;

import io.backupconsole.tracking.TrackedJob;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * What the shared dialog frame ({@link BackupDialog}) needs from a create-backup view model, for one resource or
 * several. FX thread only.
 */
public interface CreateDialogModel {
    String title();

    /** Create's enabled state. */
    BooleanExpression canCreateProperty();

    ReadOnlyBooleanProperty submittingProperty();

    /** True while the input must not change (a retry must send exactly what was sent). */
    ReadOnlyBooleanProperty lockedProperty();

    ReadOnlyStringProperty generalMessageProperty();

    /** Validates, checks, and sends; never closes anything itself. */
    void create();

    /** True once every backup the dialog asked for was accepted: the frame closes then. */
    ReadOnlyBooleanProperty doneProperty();

    /** Called with each job as the service accepts it. */
    void onJobStarted(Consumer<TrackedJob> listener);
}
