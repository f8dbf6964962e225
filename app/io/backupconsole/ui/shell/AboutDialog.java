package io.backupconsole.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Help ▸ About: the app's name and version and the Java and JavaFX it runs on. */
final class AboutDialog {
    private AboutDialog() {}

    /** Opens the dialog without blocking (the window stays usable behind it). FX thread. */
    static Alert show(Window owner, BuildInfo build) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("About " + build.name());
        alert.setHeaderText(build.name() + " " + build.version());
        Label details = new Label(details(build));
        details.getStyleClass().add("about-details");
        details.setWrapText(true);
        alert.getDialogPane().setContent(details);
        alert.getDialogPane().getStyleClass().add("about-dialog");
        alert.show();
        return alert;
    }

    static String details(BuildInfo build) {
        return "Create and watch backups in OpsWorks CM, Amazon FSx, AWS Backup and Amazon Lightsail.\n\n"
                + "Version " + build.version() + "\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
                + "JavaFX " + System.getProperty("javafx.runtime.version", "unknown");
    }
}
