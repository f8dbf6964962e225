package io.backupconsole.ui.shell;

import io.backupconsole.diagnostics.StartupTrace;
import io.backupconsole.domain.AwsService;
import io.backupconsole.settings.SettingsKeeper;
import io.backupconsole.ui.common.ServiceView;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Puts the shell into the primary stage: theme, title, geometry (restored from the settings, remembered on close)
 * and File ▸ Quit. FX thread.
 */
public final class MainWindow {
    static final double MIN_WIDTH = 720;
    static final double MIN_HEIGHT = 480;

    private MainWindow() {}

    public static ShellView show(
            Stage stage, ShellModels models, SettingsKeeper settings, Function<AwsService, ServiceView> views) {
        ThemeApplier.follow(models.theme());
        StartupTrace.mark("theme applied");
        WindowPlacement placement = new WindowPlacement(stage);
        ShellView view = new ShellView(models, views, () -> {
            stage.hide();
            Platform.exit();
        });
        StartupTrace.mark("shell view built");
        stage.setTitle("Backup Console");
        stage.setScene(new Scene(view.root()));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        placement.restore(settings.current().window());
        stage.setOnHidden(event -> settings.update(s -> s.withWindow(placement.current())));
        StartupTrace.mark("scene set");
        stage.show();
        StartupTrace.mark("stage.show returned");
        view.focusNavigation();
        return view;
    }
}
