package io.backupconsole.ui.resources;

import io.backupconsole.domain.Resource;
import io.backupconsole.ui.common.Fxml;
import java.time.Clock;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One service's resource table with its filter, its error line and the details pane, built from the service's
 * {@link ResourceTableSpec}: a page of its own ({@link ResourceTableView}) or a tab of a larger view (AWS Backup's
 * protected resources). FX thread only.
 */
public final class ResourceTablePane {
    /** Where the pane is shown: a page has a title, a notice and its own Refresh button; a tab has none. */
    public enum Placement {
        PAGE,
        TAB
    }

    private final ResourceTableSpec spec;
    private final ResourceListViewModel list;
    private final ObservableStringValue notice;
    private final Clock clock;
    private final Placement placement;
    private final Parent root;

    @FXML
    private VBox header;

    @FXML
    private Label title;

    @FXML
    private Label noticeLabel;

    @FXML
    private TextField filter;

    @FXML
    private ProgressIndicator refreshing;

    @FXML
    private Button refreshButton;

    @FXML
    private Label error;

    @FXML
    private SplitPane split;

    @FXML
    private TableView<Resource> table;

    @FXML
    private StackPane detailsHost;

    /**
     * @param list   the rows, filter and selection of the service's resources
     * @param notice the text of the notice under the title ("" hides it); ignored in a tab
     */
    public ResourceTablePane(
            ResourceTableSpec spec,
            ResourceListViewModel list,
            ObservableStringValue notice,
            Clock clock,
            Placement placement) {
        this.spec = spec;
        this.list = list;
        this.notice = notice;
        this.clock = clock;
        this.placement = placement;
        root = Fxml.load(this, "ResourceTablePane.fxml");
    }

    @FXML
    private void initialize() {
        boolean page = placement == Placement.PAGE;
        header.getStyleClass().add(page ? "service-header" : "tab-header");
        title.setText(spec.title());
        show(title, page);
        show(refreshButton, page);
        noticeLabel.textProperty().bind(notice);
        noticeLabel
                .visibleProperty()
                .bind(noticeLabel.textProperty().isNotEmpty().and(title.visibleProperty()));
        noticeLabel.managedProperty().bind(noticeLabel.visibleProperty());
        filter.setPromptText(spec.filterPrompt());
        filter.setAccessibleText("Filter " + spec.subject());
        refreshButton.setAccessibleText("Refresh " + spec.subject() + " (F5)");
        refreshing.visibleProperty().bind(list.refreshingProperty());
        refreshing.managedProperty().bind(refreshing.visibleProperty());
        bindTable();
        split.setDividerPositions(spec.detailsDivider());
        detailsHost.getChildren().add(new ResourceDetailsView(list.details(), clock).root());
    }

    private void bindTable() {
        table.setAccessibleText(placement == Placement.PAGE ? spec.title() : capitalized(spec.subject()));
        ResourceTableBinder binder = new ResourceTableBinder(table, clock);
        spec.columns().forEach(column -> table.getColumns().add(column.create(binder)));
        if (spec.fitColumns()) {
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        } else {
            // More columns than fit beside the details pane: the table scrolls sideways, and the header's menu
            // button hides the columns a user does not need.
            table.setTableMenuButtonVisible(true);
        }
        binder.bind(list, filter, error);
    }

    @FXML
    private void refresh() {
        list.refresh();
    }

    public Parent root() {
        return root;
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
