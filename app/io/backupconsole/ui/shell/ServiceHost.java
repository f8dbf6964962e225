package io.backupconsole.ui.shell;

import io.backupconsole.domain.AwsService;
import io.backupconsole.ui.common.ServiceView;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The centre of the window: the selected service's view, created on its first selection (never all up front),
 * told when it is shown and hidden so only the visible view refreshes itself. A service without a view shows the
 * shell's summary page instead. FX thread only.
 */
final class ServiceHost {
    private final StackPane host;
    private final Node summaryPage;
    private final Function<AwsService, Optional<ServiceView>> factory;
    private final Map<AwsService, Optional<ServiceView>> created = new HashMap<>();
    private ServiceView shown;

    ServiceHost(StackPane host, Node summaryPage, Function<AwsService, Optional<ServiceView>> factory) {
        this.host = host;
        this.summaryPage = summaryPage;
        this.factory = factory;
    }

    void show(AwsService service) {
        ServiceView next = created.computeIfAbsent(service, factory).orElse(null);
        if (next == shown && !host.getChildren().isEmpty()) {
            return;
        }
        if (shown != null) {
            shown.setShowing(false);
        }
        shown = next;
        host.getChildren().setAll(next == null ? summaryPage : next.root());
        if (next != null) {
            next.setShowing(true);
        }
    }

    /** Shows a service's view and selects a resource in it. */
    void reveal(AwsService service, String resourceId) {
        show(service);
        created.get(service).ifPresent(view -> view.reveal(resourceId));
    }

    /** Reloads the visible service view, if there is one (the summary page follows the navigation counts). */
    void refreshShown() {
        if (shown != null) {
            shown.refresh();
        }
    }
}
