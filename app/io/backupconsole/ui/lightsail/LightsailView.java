package io.backupconsole.ui.lightsail;

import io.backupconsole.domain.Resource;
import io.backupconsole.ui.common.Fxml;
import io.backupconsole.ui.common.ServiceView;
import io.backupconsole.ui.resources.ResourceDetailsView;
import io.backupconsole.ui.resources.ResourceTableBinder;
import io.backupconsole.ui.resources.Stylesheets;
import java.time.Clock;
import java.time.Instant;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;

/** Lightsail databases and their snapshots: loads Lightsail.fxml and binds it to {@link LightsailViewModel}. FX thread only. */
public final class LightsailView implements ServiceView {
    private final LightsailViewModel viewModel;
    private final Clock clock;
    private final Parent root;

    @FXML
    private TextField filter;

    @FXML
    private ProgressIndicator refreshing;

    @FXML
    private Label error;

    @FXML
    private TableView<Resource> table;

    @FXML
    private TableColumn<Resource, String> nameColumn;

    @FXML
    private TableColumn<Resource, String> stateColumn;

    @FXML
    private TableColumn<Resource, String> backUpColumn;

    @FXML
    private TableColumn<Resource, String> engineColumn;

    @FXML
    private TableColumn<Resource, String> bundleColumn;

    @FXML
    private TableColumn<Resource, String> zoneColumn;

    @FXML
    private TableColumn<Resource, Instant> createdColumn;

    @FXML
    private StackPane detailsHost;

    public LightsailView(LightsailViewModel viewModel, Clock clock) {
        this.viewModel = viewModel;
        this.clock = clock;
        root = Fxml.load(this, "Lightsail.fxml");
        Stylesheets.addShared(root);
    }

    @FXML
    private void initialize() {
        refreshing.visibleProperty().bind(viewModel.databases().refreshingProperty());
        refreshing.managedProperty().bind(refreshing.visibleProperty());
        new ResourceTableBinder(table, clock)
                .text(nameColumn, Resource::name)
                .state(stateColumn)
                .backUp(backUpColumn)
                .text(engineColumn, LightsailViewModel::engine)
                .text(bundleColumn, LightsailViewModel::bundle)
                .text(zoneColumn, LightsailViewModel::availabilityZone)
                .created(createdColumn)
                .bind(viewModel.databases(), filter, error);
        detailsHost
                .getChildren()
                .add(new ResourceDetailsView(viewModel.databases().details(), clock).root());
    }

    @FXML
    @Override
    public void refresh() {
        viewModel.databases().refresh();
    }

    @Override
    public void reveal(String resourceId) {
        viewModel.databases().reveal(resourceId);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void setShowing(boolean showing) {
        viewModel.databases().setShowing(showing);
    }
}
