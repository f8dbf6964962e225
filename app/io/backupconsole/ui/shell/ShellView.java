package io.backupconsole.ui.shell;

import io.backupconsole.ui.common.Fxml;
import io.backupconsole.aws.AwsRegions.AwsRegion;
import io.backupconsole.domain.AwsService;
import io.backupconsole.ui.common.ServiceView;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's content: loads Shell.fxml, binds it to the {@link ShellViewModel}, forwards user actions, and
 * hosts the selected service's view. Service views are created on first selection (none is built eagerly) and told
 * when they are shown or hidden, so only the visible one refreshes.
 */
public final class ShellView {
    private final ShellViewModel viewModel;
    private final Function<AwsService, Optional<ServiceView>> viewFactory;
    private final Map<AwsService, Optional<ServiceView>> createdViews = new EnumMap<>(AwsService.class);
    private final Parent root;
    private ServiceView shownView;
    private boolean followingViewModel;

    @FXML private Label connectionLabel;
    @FXML private RadioMenuItem systemTheme;
    @FXML private RadioMenuItem lightTheme;
    @FXML private RadioMenuItem darkTheme;
    @FXML private ComboBox<AwsRegion> regionPicker;
    @FXML private ListView<ServiceNavItem> serviceList;
    @FXML private Label serviceTitle;
    @FXML private Label serviceSummary;
    @FXML private Label serviceError;
    @FXML private Label retiredNotice;
    @FXML private Label statusText;
    @FXML private StackPane content;
    @FXML private VBox summaryPage;

    /** A shell whose every service shows the summary page (no service views). */
    public ShellView(ShellViewModel viewModel) {
        this(viewModel, service -> Optional.empty());
    }

    /**
     * @param viewFactory the view of a service, or empty to show its summary page (count, error, notices)
     */
    public ShellView(ShellViewModel viewModel, Function<AwsService, Optional<ServiceView>> viewFactory) {
        this.viewModel = viewModel;
        this.viewFactory = viewFactory;
        root = Fxml.load(this, "Shell.fxml");
        root.getStylesheets().add(ShellView.class.getResource("shell.css").toExternalForm());
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.F5) {
                refresh();
                event.consume();
            }
        });
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        connectionLabel.textProperty().bind(viewModel.connectionLabelProperty());
        ToggleGroup themes = new ToggleGroup();
        for (RadioMenuItem item : new RadioMenuItem[] {systemTheme, lightTheme, darkTheme}) {
            item.setToggleGroup(themes);
            item.setSelected(item.getUserData().equals(viewModel.themeProperty().get()));
        }
        regionPicker.setItems(viewModel.regions());
        regionPicker.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(AwsRegion region) {
                return region == null ? "" : region.label();
            }

            @Override
            public AwsRegion fromString(String text) {
                return null;
            }
        });
        // The picker follows the view model; only a user's choice switches the region.
        regionPicker.setValue(viewModel.regionProperty().get());
        viewModel.regionProperty().addListener((obs, old, region) -> {
            followingViewModel = true;
            regionPicker.setValue(region);
            followingViewModel = false;
        });
        regionPicker.valueProperty().addListener((obs, old, region) -> {
            if (!followingViewModel && region != null) {
                viewModel.switchRegion(region);
            }
        });
        statusText.textProperty().bind(viewModel.statusTextProperty());
        serviceList.setItems(viewModel.services());
        serviceList.setCellFactory(list -> new ServiceCell());
        serviceList.getSelectionModel().select(viewModel.selectedProperty().get());
        serviceList.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                viewModel.selectedProperty().set(item);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, item) -> showService(item));
        showService(viewModel.selectedProperty().get());
    }

    @FXML
    private void chooseTheme(javafx.event.ActionEvent event) {
        viewModel.themeProperty().set((String) ((RadioMenuItem) event.getSource()).getUserData());
    }

    @FXML
    private void quit() {
        root.getScene().getWindow().fireEvent(new javafx.stage.WindowEvent(root.getScene().getWindow(),
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        javafx.application.Platform.exit();
    }

    @FXML
    private void about() {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
                AboutText.text(), javafx.scene.control.ButtonType.OK);
        alert.setTitle("About Backup Console");
        alert.setHeaderText("Backup Console " + AboutText.version());
        alert.initOwner(root.getScene().getWindow());
        alert.show();
    }

    @FXML
    private void refresh() {
        viewModel.refreshAll();
        if (shownView != null) {
            shownView.refresh();
        }
    }

    private void showService(ServiceNavItem item) {
        showSummary(item);
        Optional<ServiceView> view = createdViews.computeIfAbsent(item.service(), viewFactory);
        if (shownView != null) {
            shownView.setShowing(false);
        }
        shownView = view.orElse(null);
        content.getChildren().setAll(view.map(ServiceView::root).orElse(summaryPage));
        if (shownView != null) {
            shownView.setShowing(true);
        }
    }

    private void showSummary(ServiceNavItem item) {
        serviceTitle.textProperty().bind(Bindings.createStringBinding(item::title));
        serviceSummary.textProperty().bind(Bindings.createStringBinding(() -> summary(item),
                item.resourceCountProperty(), item.loadingProperty()));
        serviceError.textProperty().bind(item.errorProperty());
        serviceError.visibleProperty().bind(item.errorProperty().isNotEmpty());
        serviceError.managedProperty().bind(serviceError.visibleProperty());
        boolean opsWorks = item.service() == AwsService.OPSWORKS_CM;
        retiredNotice.textProperty().bind(viewModel.opsWorksNoticeProperty());
        retiredNotice.setVisible(opsWorks);
        retiredNotice.setManaged(opsWorks);
    }

    private static String summary(ServiceNavItem item) {
        int count = item.resourceCountProperty().get();
        if (count == ServiceNavItem.UNKNOWN) {
            return item.loadingProperty().get() ? "Loading…" : "Not loaded yet.";
        }
        return count == 0 ? "No " + item.resourceNoun(0) + " in this region."
                : count + " " + item.resourceNoun(count) + " in this region.";
    }

    /** One icon per service, the same in the navigation everywhere. */
    private static Feather iconOf(AwsService service) {
        return switch (service) {
            case OPSWORKS_CM -> Feather.SERVER;
            case FSX -> Feather.HARD_DRIVE;
            case BACKUP -> Feather.ARCHIVE;
            case LIGHTSAIL -> Feather.DATABASE;
        };
    }

    /** A navigation row: the service name and its resource count (or a loading / error mark in words). */
    private static final class ServiceCell extends ListCell<ServiceNavItem> {
        private final Label name = new Label();
        private final FontIcon icon = new FontIcon();
        private final Label count = new Label();
        private final HBox box;

        ServiceCell() {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            count.getStyleClass().add("count-badge");
            // Cells take the list's width instead of their content's, so the count stays visible at the right.
            setPrefWidth(0);
            name.setMinWidth(0);
            icon.getStyleClass().add("service-icon");
            name.setGraphic(icon);
            name.setGraphicTextGap(10);
            box = new HBox(8, name, spacer, count);
            box.getStyleClass().add("service-cell");
        }

        @Override
        protected void updateItem(ServiceNavItem item, boolean empty) {
            super.updateItem(item, empty);
            name.textProperty().unbind();
            count.textProperty().unbind();
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            name.setText(item.title());
            icon.setIconCode(iconOf(item.service()));
            count.textProperty().bind(Bindings.createStringBinding(() -> {
                if (!item.errorProperty().get().isEmpty()) {
                    return "error";
                }
                int n = item.resourceCountProperty().get();
                return n == ServiceNavItem.UNKNOWN ? "…" : Integer.toString(n);
            }, item.resourceCountProperty(), item.errorProperty()));
            setAccessibleText(item.title());
            setGraphic(box);
        }
    }
}
