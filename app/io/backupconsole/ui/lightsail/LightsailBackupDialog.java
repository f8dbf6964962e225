package io.backupconsole.ui.lightsail;

import io.backupconsole.ui.DeclaredServiceUi;
import io.backupconsole.ui.common.Fxml;
import io.backupconsole.ui.create.FieldMessages;
import io.backupconsole.ui.create.TagEditor;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The Lightsail snapshot form (LightsailBackupDialog.fxml), bound to its view model. FX thread only. */
public final class LightsailBackupDialog implements DeclaredServiceUi.Form {
    private final LightsailBackupDialogViewModel model;
    private final Parent root;

    @FXML
    private Label database;

    @FXML
    private TextField snapshotName;

    @FXML
    private Label nameMessage;

    @FXML
    private Label nameCheck;

    @FXML
    private VBox tagsBox;

    public LightsailBackupDialog(LightsailBackupDialogViewModel model) {
        this.model = model;
        this.root = Fxml.load(this, "LightsailBackupDialog.fxml");
    }

    @FXML
    private void initialize() {
        database.setText(model.resource().name());
        snapshotName.textProperty().bindBidirectional(model.snapshotNameProperty());
        FieldMessages.bind(model, LightsailBackupDialogViewModel.NAME, snapshotName, nameMessage);
        nameCheck.textProperty().bind(model.nameCheckProperty());
        nameCheck.visibleProperty().bind(model.nameCheckProperty().isNotEmpty());
        nameCheck.managedProperty().bind(nameCheck.visibleProperty());
        tagsBox.getChildren().add(new TagEditor(model.tags()));
    }

    @Override
    public Parent root() {
        return root;
    }
}
