package io.backupconsole.ui.shell;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** File ▸ Network proxy…: one field, checked as the user types; OK stays off while the URL is not usable. */
final class ProxyDialog {
    private ProxyDialog() {}

    /** Opens the dialog without blocking. FX thread. */
    static Dialog<ButtonType> show(Window owner, ProxyViewModel model) {
        model.open();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Network proxy");
        dialog.setHeaderText("HTTP proxy for calls to AWS (the built-in sandbox is always reached directly)");
        TextField field = new TextField();
        field.setId("proxyField");
        field.setPromptText("http://proxy.example.com:3128 or http://user:password@proxy.example.com:3128");
        field.setPrefColumnCount(40);
        field.textProperty().bindBidirectional(model.proxyTextProperty());
        Label label = new Label("_Proxy URL");
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        Label hint = new Label(model.environmentHint());
        hint.setWrapText(true);
        Label error = new Label();
        error.setId("proxyError");
        error.getStyleClass().add("inline-error");
        error.setWrapText(true);
        error.textProperty().bind(model.messageProperty());
        error.visibleProperty().bind(model.validProperty().not());
        error.managedProperty().bind(error.visibleProperty());
        VBox content = new VBox(6, label, field, error, hint);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(model.validProperty().not());
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            if (!model.save()) {
                event.consume();
            }
        });
        dialog.show();
        field.requestFocus();
        return dialog;
    }
}
