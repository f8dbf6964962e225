package io.backupconsole.ui.shell;

import io.backupconsole.aws.AwsRegions.AwsRegion;
import io.backupconsole.domain.AwsService;
import io.backupconsole.ui.common.Fxml;
import io.backupconsole.ui.common.ServiceView;
import java.util.Map;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The main window's content: loads Shell.fxml (menus, connection bar, navigation, the selected service, status
 * bar), binds it to the view models and forwards user actions. FX thread only.
 */
public final class ShellView {
    private final ShellModels models;
    private final Function<AwsService, ServiceView> views;
    private final Runnable quit;
    private final Parent root;
    private ServiceHost host;
    private Runnable overviewOpener = () -> {};
    private ProxyViewModel proxyModel;

    @FXML
    private RadioMenuItem systemThemeItem;

    @FXML
    private RadioMenuItem lightThemeItem;

    @FXML
    private RadioMenuItem darkThemeItem;

    @FXML
    private Label connectionPickerLabel;

    @FXML
    private ComboBox<ConnectionChoice> connectionPicker;

    @FXML
    private Label regionPickerLabel;

    @FXML
    private ComboBox<AwsRegion> regionPicker;

    @FXML
    private Button signInButton;

    @FXML
    private ListView<ServiceNavItem> serviceList;

    @FXML
    private StackPane serviceHost;

    @FXML
    private HBox noticeBar;

    @FXML
    private Label noticeText;

    @FXML
    private Label connectionLabel;

    @FXML
    private Label statusText;

    @FXML
    private Label runningBackups;

    /**
     * @param views creates a service's view on its first selection
     * @param quit  File ▸ Quit
     */
    public ShellView(ShellModels models, Function<AwsService, ServiceView> views, Runnable quit) {
        this.models = models;
        this.views = views;
        this.quit = quit;
        root = Fxml.load(this, "Shell.fxml");
        root.getStylesheets().add(ShellView.class.getResource("shell.css").toExternalForm());
    }

    public Parent root() {
        return root;
    }

    /** Puts the keyboard focus on the service list, where arrow keys move between services. */
    /** Shows a service and selects one of its resources (the activity window's "Open resource"). */
    public void reveal(AwsService service, String resourceId) {
        models.shell().services().stream()
                .filter(item -> item.service() == service)
                .findFirst()
                .ifPresent(item -> models.shell().selectedProperty().set(item));
        host.reveal(service, resourceId);
    }

    public void focusNavigation() {
        serviceList.requestFocus();
    }

    @FXML
    private void initialize() {
        ShellViewModel shell = models.shell();
        connectionPickerLabel.setLabelFor(connectionPicker);
        regionPickerLabel.setLabelFor(regionPicker);
        ConnectionBarBinder.bind(models.connectionBar(), connectionPicker, regionPicker);
        ConnectionBarBinder.bindSignIn(models.connectionBar(), signInButton);
        StatusBarBinder.bind(
                shell, models.statusBar(), connectionLabel, statusText, runningBackups, noticeBar, noticeText);
        bindThemeMenu();

        host = new ServiceHost(serviceHost, views);
        serviceList.setItems(shell.services());
        serviceList.setCellFactory(list -> new ServiceNavCell());
        serviceList.getSelectionModel().select(shell.selectedProperty().get());
        serviceList.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                shell.selectedProperty().set(item);
            }
        });
        shell.selectedProperty().addListener((obs, old, item) -> {
            serviceList.getSelectionModel().select(item); // selected from elsewhere too (the activity window)
            showService(item);
        });
        showService(shell.selectedProperty().get());
    }

    private void bindThemeMenu() {
        Map<Theme, RadioMenuItem> items =
                Map.of(Theme.SYSTEM, systemThemeItem, Theme.LIGHT, lightThemeItem, Theme.DARK, darkThemeItem);
        ToggleGroup group = new ToggleGroup();
        items.forEach((theme, item) -> {
            item.setToggleGroup(group);
            item.setUserData(theme);
        });
        ThemeViewModel theme = models.theme();
        items.get(theme.choiceProperty().get()).setSelected(true);
        theme.choiceProperty()
                .addListener((obs, old, chosen) -> items.get(chosen).setSelected(true));
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                theme.choose((Theme) toggle.getUserData());
            }
        });
    }

    @FXML
    private void refresh() {
        models.shell().refreshAll();
        host.refreshShown();
    }

    /** View ▸ All accounts overview: what opens the overview window (set by the composition root). */
    public void setOverviewOpener(Runnable opener) {
        overviewOpener = opener;
    }

    /** File ▸ Network proxy: the proxy dialog's model (set by the composition root). */
    public void setProxyModel(ProxyViewModel model) {
        proxyModel = model;
    }

    @FXML
    private void showProxy() {
        if (proxyModel != null) {
            ProxyDialog.show(root.getScene().getWindow(), proxyModel);
        }
    }

    @FXML
    private void showOverview() {
        overviewOpener.run();
    }

    @FXML
    private void showActivity() {
        models.statusBar().showActivity();
    }

    @FXML
    private void quit() {
        quit.run();
    }

    @FXML
    private void about() {
        AboutDialog.show(root.getScene().getWindow(), models.build());
    }

    @FXML
    private void dismissNotice() {
        models.statusBar().dismissNotice();
        serviceList.requestFocus();
    }

    private void showService(ServiceNavItem item) {
        host.show(item.service());
    }
}
