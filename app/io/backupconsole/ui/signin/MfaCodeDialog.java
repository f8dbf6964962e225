package io.backupconsole.ui.signin;

import io.backupconsole.aws.credentials.MfaCodePrompt;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for an MFA code in a small dialog. As an {@link MfaCodePrompt} it is called on a background thread, shows
 * the dialog on the FX thread ({@code Platform.runLater}, never waiting there) and answers through the future.
 */
public final class MfaCodeDialog implements MfaCodePrompt {
    private final Supplier<Window> owner;

    public MfaCodeDialog(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public CompletableFuture<String> ask(String profileName, String mfaSerial) {
        MfaCodeViewModel viewModel = new MfaCodeViewModel(profileName, mfaSerial);
        Platform.runLater(() -> show(owner.get(), viewModel));
        return viewModel.answer();
    }

    /** Shows the dialog for one request (non-blocking). FX thread. */
    static Dialog<ButtonType> show(Window owner, MfaCodeViewModel viewModel) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("MFA code");
        dialog.setHeaderText("Multi-factor authentication");
        Label prompt = new Label(viewModel.prompt());
        prompt.setWrapText(true);
        TextField code = new TextField();
        code.setId("mfaCode");
        code.setPromptText("6 digits");
        code.setAccessibleText("MFA code");
        code.textProperty().bindBidirectional(viewModel.codeProperty());
        VBox content = new VBox(10, prompt, code);
        content.setPrefWidth(380);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(viewModel.validProperty().not());
        dialog.setOnHidden(event -> {
            if (dialog.getResult() == ButtonType.OK) {
                viewModel.submit();
            } else {
                viewModel.cancel();
            }
        });
        dialog.show();
        code.requestFocus();
        return dialog;
    }
}
