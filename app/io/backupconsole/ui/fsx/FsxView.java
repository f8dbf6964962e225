package io.backupconsole.ui.fsx;

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

/** FSx file systems and their volumes: loads Fsx.fxml and binds it to {@link FsxViewModel}. FX thread only. */
public final class FsxView implements ServiceView {
    private final FsxViewModel viewModel;
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
    private TableColumn<Resource, String> idColumn;

    @FXML
    private TableColumn<Resource, String> typeColumn;

    @FXML
    private TableColumn<Resource, String> stateColumn;

    @FXML
    private TableColumn<Resource, Long> capacityColumn;

    @FXML
    private TableColumn<Resource, String> backUpColumn;

    @FXML
    private TableColumn<Resource, Instant> createdColumn;

    @FXML
    private StackPane detailsHost;

    public FsxView(FsxViewModel viewModel, Clock clock) {
        this.viewModel = viewModel;
        this.clock = clock;
        root = Fxml.load(this, "Fsx.fxml");
        Stylesheets.addShared(root);
    }

    @FXML
    private void initialize() {
        refreshing.visibleProperty().bind(viewModel.fileSystems().refreshingProperty());
        refreshing.managedProperty().bind(refreshing.visibleProperty());
        new ResourceTableBinder(table, clock)
                .text(nameColumn, FsxViewModel::displayName)
                .text(idColumn, Resource::id)
                .text(typeColumn, Resource::type)
                .state(stateColumn)
                .size(capacityColumn, FsxViewModel::capacityBytes)
                .backUp(backUpColumn)
                .created(createdColumn)
                .bind(viewModel.fileSystems(), filter, error);
        detailsHost
                .getChildren()
                .add(new ResourceDetailsView(viewModel.fileSystems().details(), clock).root());
    }

    @FXML
    @Override
    public void refresh() {
        viewModel.fileSystems().refresh();
    }

    @Override
    public void reveal(String resourceId) {
        viewModel.fileSystems().reveal(resourceId);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void setShowing(boolean showing) {
        viewModel.fileSystems().setShowing(showing);
    }
}
