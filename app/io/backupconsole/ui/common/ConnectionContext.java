package io.backupconsole.ui.common;

import io.backupconsole.aws.ServiceAdapters;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The adapters of the current connection, shared by the shell (which switches connections) and every service view
 * (which reloads when it changes). Null until the first connection is made. FX thread only.
 */
public final class ConnectionContext {
    private final ReadOnlyObjectWrapper<ServiceAdapters> adapters = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");

    public ReadOnlyObjectProperty<ServiceAdapters> adaptersProperty() {
        return adapters.getReadOnlyProperty();
    }

    public ServiceAdapters adapters() {
        return adapters.get();
    }

    /** Called by the shell once a connection's adapters are built. */
    public void connected(ServiceAdapters newAdapters) {
        failure.set("");
        adapters.set(newAdapters);
    }

    /** Why the first connection could not be made (views say so instead of "Connecting…"), or empty. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Called by the shell when a connection could not be made and there is none to keep. */
    public void failed(String reason) {
        failure.set(reason);
    }
}
