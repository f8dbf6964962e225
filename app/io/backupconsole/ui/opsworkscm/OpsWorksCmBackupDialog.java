package io.backupconsole.ui.opsworkscm;

import io.backupconsole.ui.DeclaredServiceUi;
import io.backupconsole.ui.common.Fxml;
import io.backupconsole.ui.create.FieldMessages;
import io.backupconsole.ui.create.TagEditor;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/** The OpsWorks CM create-backup form (OpsWorksCmBackupDialog.fxml), bound to its view model. FX thread only. */
public final class OpsWorksCmBackupDialog implements DeclaredServiceUi.Form {
    private final OpsWorksCmBackupDialogViewModel model;
    private final Parent root;

    @FXML
    private Label server;

    @FXML
    private TextArea description;

    @FXML
    private Label descriptionCount;

    @FXML
    private Label descriptionMessage;

    @FXML
    private VBox tagsBox;

    public OpsWorksCmBackupDialog(OpsWorksCmBackupDialogViewModel model) {
        this.model = model;
        this.root = Fxml.load(this, "OpsWorksCmBackupDialog.fxml");
    }

    @FXML
    private void initialize() {
        server.setText(model.resource().name());
        description.textProperty().bindBidirectional(model.descriptionProperty());
        descriptionCount
                .textProperty()
                .bind(Bindings.createStringBinding(model::descriptionCount, model.descriptionProperty()));
        FieldMessages.bind(model, OpsWorksCmBackupDialogViewModel.DESCRIPTION, description, descriptionMessage);
        tagsBox.getChildren().add(new TagEditor(model.tags()));
    }

    @Override
    public Parent root() {
        return root;
    }
}
