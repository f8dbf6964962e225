package io.backupconsole.ui.signin;

import io.backupconsole.ui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Window;

/**
 * The sign-in window of an SSO profile: the code to compare, what is happening, a link to open the page again,
 * and Cancel (which stops the wait). Closes itself once signed in. FX thread only; non-blocking.
 */
public final class SignInDialog {
    private final SignInViewModel viewModel;
    private final Dialog<Void> dialog = new Dialog<>();

    @FXML
    private Label userCode;

    @FXML
    private Label status;

    @FXML
    private Hyperlink openPage;

    private SignInDialog(SignInViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Shows the dialog and starts the sign-in of {@code profileName}. */
    public static SignInDialog show(Window owner, SignInViewModel viewModel, String profileName) {
        SignInDialog view = new SignInDialog(viewModel);
        Parent content = Fxml.load(view, "SignIn.fxml");
        content.getStylesheets()
                .add(SignInDialog.class.getResource("signin.css").toExternalForm());
        Dialog<Void> dialog = view.dialog;
        dialog.initOwner(owner);
        dialog.setTitle("Sign in — " + profileName);
        dialog.setHeaderText("Sign in to profile " + profileName + " with IAM Identity Center");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        dialog.setOnHidden(event -> viewModel.cancel());
        viewModel.signedInProperty().addListener((obs, was, signedIn) -> {
            if (signedIn) {
                dialog.close();
            }
        });
        dialog.show();
        viewModel.start(profileName);
        return view;
    }

    @FXML
    private void initialize() {
        userCode.textProperty().bind(viewModel.userCodeProperty());
        status.textProperty().bind(viewModel.statusProperty());
        viewModel
                .failedProperty()
                .addListener((obs, was, failed) -> status.getStyleClass().add("failed"));
        openPage.visibleProperty().bind(viewModel.pageProperty().isNotEmpty().and(viewModel.waitingProperty()));
    }

    @FXML
    private void openPage() {
        viewModel.openPage();
    }

    public Dialog<Void> dialog() {
        return dialog;
    }
}
