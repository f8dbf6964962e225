package io.backupconsole.ui.shell;

import io.backupconsole.domain.AwsService;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One service in the navigation: its name, how many resources it has, whether it is loading, and the last error.
 * Changed only on the FX thread (through {@link ShellViewModel}).
 */
public final class ServiceNavItem {
    /** Resource count before the first successful load. */
    public static final int UNKNOWN = -1;

    private final AwsService service;
    private final ReadOnlyIntegerWrapper resourceCount = new ReadOnlyIntegerWrapper(UNKNOWN);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    ServiceNavItem(AwsService service) {
        this.service = service;
    }

    // Properties

    public AwsService service() {
        return service;
    }

    public String title() {
        return switch (service) {
            case OPSWORKS_CM -> "OpsWorks CM servers";
            case FSX -> "FSx file systems";
            case BACKUP -> "AWS Backup";
            case LIGHTSAIL -> "Lightsail databases";
        };
    }

    /** What this service's resources are called, singular and plural. */
    public String resourceNoun(int count) {
        return switch (service) {
            case OPSWORKS_CM -> count == 1 ? "server" : "servers";
            case FSX -> count == 1 ? "file system or volume" : "file systems and volumes";
            case BACKUP -> count == 1 ? "protected resource" : "protected resources";
            case LIGHTSAIL -> count == 1 ? "database" : "databases";
        };
    }

    public ReadOnlyIntegerProperty resourceCountProperty() {
        return resourceCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    void startLoading() {
        loading.set(true);
    }

    /** The count shown stays right after all (a switch that failed keeps the previous connection). */
    void loadingCancelled() {
        loading.set(false);
    }

    void loaded(int count) {
        resourceCount.set(count);
        error.set("");
        loading.set(false);
    }

    void failed(String message) {
        error.set(message);
        loading.set(false);
    }
}
