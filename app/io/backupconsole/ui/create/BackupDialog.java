package io.backupconsole.ui.create;

import io.backupconsole.tracking.TrackedJob;
import io.backupconsole.ui.resources.Stylesheets;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The frame every create-backup dialog shares: the service's form, a general message line, a busy indicator, and
 * Create / Cancel. Create is enabled by the view model's {@code canCreate} (the same validation result the messages
 * come from); pressing it never closes the dialog by itself: the dialog closes when the service accepted the
 * request, and stays open with the input kept when it did not. Shown non-blocking ({@code show()}). FX thread only.
 */
public final class BackupDialog {
    public static final ButtonType CREATE = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);

    private final Dialog<TrackedJob> dialog = new Dialog<>();

    public BackupDialog(CreateDialogModel model, Node form, Window owner, Consumer<TrackedJob> onStarted) {
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(model.title());
        dialog.setHeaderText(model.title());
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().addAll(CREATE, ButtonType.CANCEL);
        dialog.getDialogPane().getStyleClass().add("backup-dialog");
        Stylesheets.addShared(dialog.getDialogPane());
        dialog.getDialogPane()
                .getStylesheets()
                .add(BackupDialog.class.getResource("create.css").toExternalForm());

        Label general = new Label();
        general.setId("generalMessage");
        general.getStyleClass().add("inline-error"); // resources.css: the same look as a view's inline error
        general.setWrapText(true);
        general.setMinHeight(Region.USE_PREF_SIZE);
        general.textProperty().bind(model.generalMessageProperty());
        general.visibleProperty().bind(model.generalMessageProperty().isNotEmpty());
        general.managedProperty().bind(general.visibleProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.submittingProperty());
        Label sending = new Label("Sending…");
        sending.visibleProperty().bind(model.submittingProperty());
        form.disableProperty().bind(model.lockedProperty().or(model.submittingProperty()));
        VBox content = new VBox(10, form, general, new HBox(6, busy, sending));
        content.setPrefWidth(620);
        dialog.getDialogPane().setContent(content);
        // Grow with the form (tag rows, messages) instead of squeezing it: a dialog keeps its first size otherwise.
        content.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (needs && dialog.isShowing()) {
                Platform.runLater(() -> {
                    if (dialog.isShowing() && dialog.getDialogPane().getScene() != null) {
                        dialog.getDialogPane().getScene().getWindow().sizeToScene();
                    }
                });
            }
        });

        Button create = (Button) dialog.getDialogPane().lookupButton(CREATE);
        create.setId("createBackup");
        create.disableProperty().bind(model.canCreateProperty().not());
        create.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.create();
        });
        // Start in the first field: with the focus on Create, a typed space would send the backup.
        dialog.setOnShown(event -> Platform.runLater(
                () -> form.lookupAll(".text-input").stream().findFirst().ifPresent(Node::requestFocus)));
        dialog.setResultConverter(button -> null);
        model.onJobStarted(onStarted);
        model.doneProperty().addListener((obs, was, done) -> {
            if (done) {
                dialog.close();
            }
        });
    }

    public Dialog<TrackedJob> dialog() {
        return dialog;
    }

    /** Shows the dialog without waiting for it. */
    public void show() {
        dialog.show();
    }
}
