package io.backupconsole.ui.awsbackup;

import io.backupconsole.domain.awsbackup.BackupVault;
import io.backupconsole.domain.rules.AwsBackupRules;
import io.backupconsole.ui.DeclaredServiceUi;
import io.backupconsole.ui.common.Fxml;
import io.backupconsole.ui.create.FieldMessages;
import io.backupconsole.ui.create.TagEditor;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The AWS Backup create-backup form (AwsBackupDialog.fxml), bound to its view model. FX thread only. */
public final class AwsBackupDialog implements DeclaredServiceUi.Form {
    private final AwsBackupDialogViewModel model;
    private final Parent root;

    @FXML
    private TextField resourceArn;

    @FXML
    private Label resourceType;

    @FXML
    private Label resourceArnMessage;

    @FXML
    private ComboBox<BackupVault> vault;

    @FXML
    private Label vaultStatus;

    @FXML
    private Button reloadVaults;

    @FXML
    private Label vaultMessage;

    @FXML
    private TextField role;

    @FXML
    private Label roleWarning;

    @FXML
    private Label roleMessage;

    @FXML
    private TextField startWindow;

    @FXML
    private Label startWindowMessage;

    @FXML
    private TextField completeWindow;

    @FXML
    private Label completeWindowMessage;

    @FXML
    private TextField coldStorageDays;

    @FXML
    private Label coldStorageWarning;

    @FXML
    private Label coldStorageMessage;

    @FXML
    private TextField deleteDays;

    @FXML
    private Label deleteMessage;

    @FXML
    private Label windowsVssLabel;

    @FXML
    private VBox windowsVssBox;

    @FXML
    private CheckBox windowsVss;

    @FXML
    private Label windowsVssMessage;

    @FXML
    private VBox tagsBox;

    public AwsBackupDialog(AwsBackupDialogViewModel model) {
        this.model = model;
        this.root = Fxml.load(this, "AwsBackupDialog.fxml");
    }

    @FXML
    private void initialize() {
        resourceArn.textProperty().bindBidirectional(model.resourceArnProperty());
        resourceType
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.resourceTypeProperty().get() == null
                                ? "The resource type cannot be told from this ARN."
                                : AwsBackupRules.typeInWords(
                                        model.resourceTypeProperty().get()),
                        model.resourceTypeProperty()));
        FieldMessages.bind(model, AwsBackupDialogViewModel.RESOURCE_ARN, resourceArn, resourceArnMessage);

        VaultChoice vaults = model.vaults();
        vault.setItems(vaults.vaults());
        vault.valueProperty().bindBidirectional(vaults.selectedProperty());
        vault.setConverter(new StringConverter<>() {
            @Override
            public String toString(BackupVault value) {
                return VaultChoice.label(value);
            }

            @Override
            public BackupVault fromString(String text) {
                return vaults.vaults().stream()
                        .filter(v -> v.name().equals(text))
                        .findFirst()
                        .orElse(null);
            }
        });
        vault.disableProperty().bind(vaults.loadingProperty());
        show(vaultStatus, vaults.statusProperty().isNotEmpty());
        vaultStatus.textProperty().bind(vaults.statusProperty());
        show(reloadVaults, vaults.failedProperty());
        reloadVaults.setOnAction(e -> vaults.load());
        FieldMessages.bind(model, AwsBackupDialogViewModel.VAULT, vault, vaultMessage);

        role.textProperty().bindBidirectional(model.roleProperty());
        roleWarning.textProperty().bind(model.roleWarningProperty());
        show(roleWarning, model.roleWarningProperty().isNotEmpty());
        FieldMessages.bind(model, AwsBackupDialogViewModel.ROLE, role, roleMessage);

        startWindow.textProperty().bindBidirectional(model.startWindowProperty());
        FieldMessages.bind(model, AwsBackupDialogViewModel.START_WINDOW, startWindow, startWindowMessage);
        completeWindow.textProperty().bindBidirectional(model.completeWindowProperty());
        FieldMessages.bind(model, AwsBackupDialogViewModel.COMPLETE_WINDOW, completeWindow, completeWindowMessage);

        LifecycleFields lifecycle = model.lifecycle();
        coldStorageDays.textProperty().bindBidirectional(lifecycle.coldStorageDaysProperty());
        coldStorageWarning.textProperty().bind(lifecycle.coldStorageWarningProperty());
        show(coldStorageWarning, lifecycle.coldStorageWarningProperty().isNotEmpty());
        FieldMessages.bind(model, LifecycleFields.COLD_STORAGE, coldStorageDays, coldStorageMessage);
        deleteDays.textProperty().bindBidirectional(lifecycle.deleteDaysProperty());
        FieldMessages.bind(model, LifecycleFields.DELETE, deleteDays, deleteMessage);

        windowsVss.selectedProperty().bindBidirectional(model.windowsVssProperty());
        show(windowsVssLabel, model.windowsVssAvailableProperty());
        show(windowsVssBox, model.windowsVssAvailableProperty());
        FieldMessages.bind(model, AwsBackupDialogViewModel.WINDOWS_VSS, windowsVss, windowsVssMessage);

        tagsBox.getChildren().add(new TagEditor(model.tags()));
    }

    @Override
    public Parent root() {
        return root;
    }

    /** Shown, and taking room, only while {@code condition} holds. */
    private static void show(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
