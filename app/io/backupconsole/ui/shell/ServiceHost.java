package io.backupconsole.ui.shell;

import io.backupconsole.domain.AwsService;
import io.backupconsole.ui.common.ServiceView;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.layout.StackPane;

/**
 * The centre of the window: the selected service's view, created on its first selection (never all up front),
 * told when it is shown and hidden so only the visible view refreshes itself. FX thread only.
 */
final class ServiceHost {
    private final StackPane host;
    private final Function<AwsService, ServiceView> factory;
    private final Map<AwsService, ServiceView> created = new HashMap<>();
    private ServiceView shown;

    ServiceHost(StackPane host, Function<AwsService, ServiceView> factory) {
        this.host = host;
        this.factory = factory;
    }

    void show(AwsService service) {
        ServiceView next = created.computeIfAbsent(service, factory);
        if (next == shown && !host.getChildren().isEmpty()) {
            return;
        }
        if (shown != null) {
            shown.setShowing(false);
        }
        shown = next;
        host.getChildren().setAll(next.root());
        next.setShowing(true);
    }

    /** Shows a service's view and selects a resource in it. */
    void reveal(AwsService service, String resourceId) {
        show(service);
        created.get(service).reveal(resourceId);
    }

    /** Reloads the visible service view, if there is one. */
    void refreshShown() {
        if (shown != null) {
            shown.refresh();
        }
    }
}
