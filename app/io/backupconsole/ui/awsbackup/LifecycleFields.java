package io.backupconsole.ui.awsbackup;

import io.backupconsole.domain.awsbackup.RecoveryPointLifecycle;
import io.backupconsole.domain.rules.AwsBackupRules;
import io.backupconsole.domain.rules.NumberInput;
import io.backupconsole.domain.rules.Violation;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The recovery point lifecycle part of the AWS Backup dialog: "move to cold storage after N days" and "delete after
 * M days", both optional. Days before cold storage typed for a resource type without cold storage are sent as typed
 * (AWS Backup ignores them for such types) and a warning says so ({@link AwsBackupRules#coldStorageIgnored}). The rules
 * themselves (ranges, M ≥ N + 90 where cold storage applies) stay in {@link AwsBackupRules#checkLifecycle}. FX thread
 * only.
 */
public final class LifecycleFields {
    public static final String COLD_STORAGE = "Lifecycle.MoveToColdStorageAfterDays";
    public static final String DELETE = "Lifecycle.DeleteAfterDays";

    private final StringProperty coldStorageDays = new SimpleStringProperty("");
    private final StringProperty deleteDays = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper coldStorageWarning = new ReadOnlyStringWrapper("");
    /** AWS Backup's type of the resource, or null when not known. */
    private String resourceType;

    LifecycleFields() {
        coldStorageDays.addListener((obs, old, now) -> warn());
    }

    // Properties

    /** Days before the recovery point moves to cold storage; blank = never. */
    public StringProperty coldStorageDaysProperty() {
        return coldStorageDays;
    }

    /** Days after which the recovery point is deleted; blank = kept until deleted by hand. */
    public StringProperty deleteDaysProperty() {
        return deleteDays;
    }

    /** Why AWS Backup will ignore the days before cold storage typed for this resource, or empty. Not a refusal. */
    public ReadOnlyStringProperty coldStorageWarningProperty() {
        return coldStorageWarning.getReadOnlyProperty();
    }

    // Commands

    /** The resource (type) changed: the days before cold storage may now be ignored, or no longer. */
    void resourceTypeChanged(String type) {
        resourceType = type;
        warn();
    }

    /** The lifecycle as typed, adding to {@code problems} what is not a number. */
    RecoveryPointLifecycle lifecycle(List<Violation> problems) {
        Long cold = number(coldStorageDays.get(), COLD_STORAGE, "Days before cold storage", problems);
        Long delete = number(deleteDays.get(), DELETE, "Retention", problems);
        return new RecoveryPointLifecycle(cold, delete);
    }

    private void warn() {
        Long days = NumberInput.parse(coldStorageDays.get(), COLD_STORAGE, "Days before cold storage", "days")
                .value();
        coldStorageWarning.set(
                AwsBackupRules.coldStorageIgnored(days, resourceType).orElse(""));
    }

    private static Long number(String text, String field, String label, List<Violation> problems) {
        NumberInput input = NumberInput.parse(text, field, label, "days");
        input.problem().ifPresent(problems::add);
        return input.value();
    }
}
