package io.backupconsole.ui.shell;

import io.backupconsole.aws.ServiceNouns;
import io.backupconsole.domain.AwsService;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kordamp.ikonli.Ikon;

/**
 * One service in the navigation: its name, how many resources it has, whether it is loading, and the last error.
 * Changed only on the FX thread (through {@link ShellViewModel}).
 */
public final class ServiceNavItem {
    /** Resource count before the first successful load. */
    public static final int UNKNOWN = -1;

    private final AwsService service;
    private final ServiceNouns nouns;
    private final Ikon icon;
    private final ReadOnlyIntegerWrapper resourceCount = new ReadOnlyIntegerWrapper(UNKNOWN);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /**
     * @param nouns what the service's module calls its things
     * @param icon  the service's icon (its window part's)
     */
    ServiceNavItem(AwsService service, ServiceNouns nouns, Ikon icon) {
        this.service = service;
        this.nouns = nouns;
        this.icon = icon;
    }

    // Properties

    public AwsService service() {
        return service;
    }

    public String title() {
        return nouns.title();
    }

    /** What this service's resources are called, singular and plural. */
    public String resourceNoun(int count) {
        return nouns.resources(count);
    }

    public Ikon icon() {
        return icon;
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
