package io.backupconsole.ui.crash;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * "Something went wrong": the error, a copyable report and where the log is, with buttons to copy the report and
 * open the log folder. Not modal: the app keeps running behind it. Built in code like the About dialog. FX thread.
 */
final class CrashDialog {
    private CrashDialog() {}

    static Alert show(Window owner, CrashViewModel model, Consumer<String> openFolder) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.CLOSE);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.initModality(Modality.NONE);
        alert.setTitle("Unexpected error");
        alert.headerTextProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.occurrencesProperty().get() > 1
                                ? model.headlineProperty().get() + " ("
                                        + model.occurrencesProperty().get() + " times)"
                                : model.headlineProperty().get(),
                        model.headlineProperty(),
                        model.occurrencesProperty()));

        Label intro = new Label("Backup Console hit an error it did not expect. It keeps running; what you were "
                + "doing may not have finished. The report below is also in the log.");
        intro.setWrapText(true);
        TextArea report = new TextArea();
        report.setId("crash-report");
        report.setEditable(false);
        report.setPrefRowCount(14);
        report.setPrefColumnCount(80);
        report.setStyle("-fx-font-family: monospace;");
        report.textProperty().bind(model.reportProperty());
        VBox.setVgrow(report, Priority.ALWAYS);

        TextField logPath = new TextField(model.logFile().toString());
        logPath.setId("crash-log-path");
        logPath.setEditable(false);
        HBox.setHgrow(logPath, Priority.ALWAYS);
        Button copy = new Button("Copy report");
        copy.setId("crash-copy");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.reportProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button open = new Button("Open log folder");
        open.setId("crash-open-log");
        open.setOnAction(event -> openFolder.accept(model.logFolder().toUri().toString()));
        HBox logRow = new HBox(8, new Label("Log:"), logPath, copy, open);
        logRow.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(10, intro, report, logRow);
        content.setPrefWidth(720);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().getStyleClass().add("crash-dialog");
        alert.setResizable(true);
        alert.setOnHidden(event -> model.closed());
        alert.show();
        return alert;
    }
}
