package io.backupconsole.ui.opsworkscm;

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

/** OpsWorks CM servers: loads OpsWorksCm.fxml and binds it to {@link OpsWorksCmViewModel}. */
public final class OpsWorksCmView implements ServiceView {
    private final OpsWorksCmViewModel viewModel;
    private final Clock clock;
    private final Parent root;

    @FXML
    private Label retiredNotice;

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
    private TableColumn<Resource, String> typeColumn;

    @FXML
    private TableColumn<Resource, String> stateColumn;

    @FXML
    private TableColumn<Resource, String> backUpColumn;

    @FXML
    private TableColumn<Resource, Instant> createdColumn;

    @FXML
    private StackPane detailsHost;

    public OpsWorksCmView(OpsWorksCmViewModel viewModel, Clock clock) {
        this.viewModel = viewModel;
        this.clock = clock;
        root = Fxml.load(this, "OpsWorksCm.fxml");
        Stylesheets.addShared(root);
    }

    @FXML
    private void initialize() {
        retiredNotice.textProperty().bind(viewModel.retiredNoticeProperty());
        refreshing.visibleProperty().bind(viewModel.servers().refreshingProperty());
        refreshing.managedProperty().bind(refreshing.visibleProperty());
        new ResourceTableBinder(table, clock)
                .text(nameColumn, Resource::name)
                .text(typeColumn, Resource::type)
                .state(stateColumn)
                .backUp(backUpColumn)
                .created(createdColumn)
                .bind(viewModel.servers(), filter, error);
        detailsHost
                .getChildren()
                .add(new ResourceDetailsView(viewModel.servers().details(), clock).root());
    }

    @FXML
    @Override
    public void refresh() {
        viewModel.servers().refresh();
    }

    @Override
    public void reveal(String resourceId) {
        viewModel.servers().reveal(resourceId);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void setShowing(boolean showing) {
        viewModel.servers().setShowing(showing);
    }
}
