package io.backupconsole.ui.common;

import io.backupconsole.aws.ServiceAdapters;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The adapters of the current connection, shared by the shell (which switches connections) and every service view
 * (which reloads when it changes). Null until the first connection is made. FX thread only.
 */
public final class ConnectionContext {
    private final ReadOnlyObjectWrapper<ServiceAdapters> adapters = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<ServiceAdapters> adaptersProperty() {
        return adapters.getReadOnlyProperty();
    }

    public ServiceAdapters adapters() {
        return adapters.get();
    }

    /** Called by the shell once a connection's adapters are built. */
    public void connected(ServiceAdapters newAdapters) {
        adapters.set(newAdapters);
    }
}
