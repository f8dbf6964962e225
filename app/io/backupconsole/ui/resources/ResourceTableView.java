package io.backupconsole.ui.resources;

import io.backupconsole.ui.common.ServiceView;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * The view of a service whose resources fit one table (FSx, Lightsail, OpsWorks CM): a {@link ResourceTablePane}
 * as a page, driven by the service's {@link ResourceTableSpec}. FX thread only.
 */
public final class ResourceTableView implements ServiceView {
    private final ResourceTableViewModel viewModel;
    private final Parent root;

    public ResourceTableView(ResourceTableViewModel viewModel, Clock clock) {
        this.viewModel = viewModel;
        ResourceTablePane pane = new ResourceTablePane(
                viewModel.spec(),
                viewModel.list(),
                viewModel.noticeProperty(),
                clock,
                ResourceTablePane.Placement.PAGE);
        root = pane.root();
        root.getStyleClass().add("service-view");
        Stylesheets.addShared(root);
    }

    @Override
    public void refresh() {
        viewModel.list().refresh();
    }

    @Override
    public void reveal(String resourceId) {
        viewModel.list().reveal(resourceId);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void setShowing(boolean showing) {
        viewModel.list().setShowing(showing);
    }
}
