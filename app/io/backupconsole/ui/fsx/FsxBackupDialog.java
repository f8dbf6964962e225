package io.backupconsole.ui.fsx;

import io.backupconsole.ui.DeclaredServiceUi;
import io.backupconsole.ui.common.Fxml;
import io.backupconsole.ui.create.FieldMessages;
import io.backupconsole.ui.create.TagEditor;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The FSx create-backup form (FsxBackupDialog.fxml), bound to its view model. FX thread only. */
public final class FsxBackupDialog implements DeclaredServiceUi.Form {
    private final FsxBackupDialogViewModel model;
    private final Parent root;

    @FXML
    private Label resourceLabel;

    @FXML
    private Label resourceName;

    @FXML
    private TextField name;

    @FXML
    private Label nameMessage;

    @FXML
    private VBox tagsBox;

    @FXML
    private Label copyTagsNotice;

    public FsxBackupDialog(FsxBackupDialogViewModel model) {
        this.model = model;
        this.root = Fxml.load(this, "FsxBackupDialog.fxml");
    }

    @FXML
    private void initialize() {
        boolean volume = model.resource().id().startsWith("fsvol-");
        resourceLabel.setText(volume ? "Volume" : "File system");
        resourceName.setText(model.resource().name() + " (" + model.resource().id() + ")");
        name.textProperty().bindBidirectional(model.nameProperty());
        FieldMessages.bind(model, FsxBackupDialogViewModel.NAME, name, nameMessage);
        tagsBox.getChildren().add(new TagEditor(model.tags()));
        copyTagsNotice.setText(model.copyTagsNotice());
    }

    @Override
    public Parent root() {
        return root;
    }
}
