package io.backupconsole.ui.create;

import io.backupconsole.ui.common.Fxml;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** The bulk create-backup form (BulkBackupDialog.fxml), bound to its view model. FX thread only. */
public final class BulkBackupDialog {
    private final BulkBackupDialogViewModel model;
    private final Parent root;

    // Not "resources": FXMLLoader injects its ResourceBundle into a field of that name.
    @FXML
    private TableView<SubmitLine> resourceTable;

    @FXML
    private TableColumn<SubmitLine, String> nameColumn;

    @FXML
    private TableColumn<SubmitLine, String> outcomeColumn;

    @FXML
    private Label vaultLabel;

    @FXML
    private VBox vaultBox;

    @FXML
    private ComboBox<String> vault;

    @FXML
    private Label vaultStatus;

    @FXML
    private Label vaultMessage;

    @FXML
    private VBox tagsBox;

    @FXML
    private Label planNote;

    public BulkBackupDialog(BulkBackupDialogViewModel model) {
        this.model = model;
        this.root = Fxml.load(this, "BulkBackupDialog.fxml");
    }

    @FXML
    private void initialize() {
        resourceTable.setItems(model.rows());
        nameColumn.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(c.getValue().resource().name()));
        outcomeColumn.setCellValueFactory(c -> c.getValue().outcomeProperty());
        double height = Math.min(6, model.rows().size()) * 42 + 52;
        resourceTable.setPrefHeight(height);
        resourceTable.setMinHeight(height);

        boolean needsVault = model.needsVault();
        for (Node node : new Node[] {vaultLabel, vaultBox}) {
            node.setVisible(needsVault);
            node.setManaged(needsVault);
        }
        vault.setItems(model.vaults());
        vault.valueProperty().bindBidirectional(model.vaultProperty());
        vaultStatus.textProperty().bind(model.vaultStatusProperty());
        vaultStatus.visibleProperty().bind(model.vaultStatusProperty().isNotEmpty());
        vaultStatus.managedProperty().bind(vaultStatus.visibleProperty());
        vaultMessage.textProperty().bind(Bindings.createStringBinding(model::vaultMessage, model.violations()));
        vaultMessage.visibleProperty().bind(vaultMessage.textProperty().isNotEmpty());
        vaultMessage.managedProperty().bind(vaultMessage.visibleProperty());
        tagsBox.getChildren().add(new TagEditor(model.tags()));
        planNote.setText(model.planNote());
    }

    public Parent root() {
        return root;
    }
}
