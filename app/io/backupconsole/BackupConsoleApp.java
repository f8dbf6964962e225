package io.backupconsole;

import io.backupconsole.cli.Options;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application and composition root. */
public final class BackupConsoleApp extends Application {
    private static volatile Options options;

    static void launchWith(Options startOptions) {
        options = startOptions;
        Application.launch(BackupConsoleApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Backup Console");
        stage.show();
    }
}
