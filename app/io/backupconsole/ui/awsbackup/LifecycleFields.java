package io.backupconsole.ui.awsbackup;

import io.backupconsole.domain.awsbackup.RecoveryPointLifecycle;
import io.backupconsole.domain.rules.AwsBackupRules;
import io.backupconsole.domain.rules.NumberInput;
import io.backupconsole.domain.rules.Violation;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The recovery point lifecycle part of the AWS Backup dialog: "move to cold storage after N days" and "delete after
 * M days", both optional. Cold storage is offered only for the resource types {@link AwsBackupRules} allows; otherwise
 * the field is disabled with the rule set's reason. The rules themselves (ranges, M ≥ N + 90) stay in
 * {@link AwsBackupRules#checkLifecycle}. FX thread only.
 */
public final class LifecycleFields {
    public static final String COLD_STORAGE = "Lifecycle.MoveToColdStorageAfterDays";
    public static final String DELETE = "Lifecycle.DeleteAfterDays";

    private final StringProperty coldStorageDays = new SimpleStringProperty("");
    private final StringProperty deleteDays = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper coldStorageAvailable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper coldStorageUnavailableReason = new ReadOnlyStringWrapper("");

    // Properties

    /** Days before the recovery point moves to cold storage; blank = never. */
    public StringProperty coldStorageDaysProperty() {
        return coldStorageDays;
    }

    /** Days after which the recovery point is deleted; blank = kept until deleted by hand. */
    public StringProperty deleteDaysProperty() {
        return deleteDays;
    }

    public ReadOnlyBooleanProperty coldStorageAvailableProperty() {
        return coldStorageAvailable.getReadOnlyProperty();
    }

    /** Why cold storage is not offered for this resource, or empty when it is. */
    public ReadOnlyStringProperty coldStorageUnavailableReasonProperty() {
        return coldStorageUnavailableReason.getReadOnlyProperty();
    }

    // Commands

    /** The resource (type) changed: cold storage may come or go. */
    void resourceTypeChanged(String resourceType) {
        String reason = AwsBackupRules.coldStorageRefusal(resourceType).orElse("");
        coldStorageUnavailableReason.set(reason);
        coldStorageAvailable.set(reason.isEmpty());
    }

    /**
     * The lifecycle as typed, adding to {@code problems} what is not a number. Days typed for cold storage while it
     * is not offered (the field is disabled, the text may stay from another ARN) are not sent.
     */
    RecoveryPointLifecycle lifecycle(List<Violation> problems) {
        Long cold = null;
        if (coldStorageAvailable.get()) {
            cold = number(coldStorageDays.get(), COLD_STORAGE, "Days before cold storage", problems);
        }
        Long delete = number(deleteDays.get(), DELETE, "Retention", problems);
        return new RecoveryPointLifecycle(cold, delete);
    }

    private static Long number(String text, String field, String label, List<Violation> problems) {
        NumberInput input = NumberInput.parse(text, field, label, "days");
        input.problem().ifPresent(problems::add);
        return input.value();
    }
}
