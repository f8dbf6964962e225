package io.backupconsole.ui.signin;

import io.backupconsole.aws.credentials.Pacer;
import io.backupconsole.aws.credentials.PendingSignIn;
import io.backupconsole.aws.credentials.ProfileCredentials;
import io.backupconsole.ui.common.Async;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One SSO sign-in of a profile (the device flow of {@code aws sso login}): starts it, shows the code, opens the
 * browser at the approval page, waits for the approval and says how it ended. Cancel stops the wait.
 * Threading: commands are called and properties change on the UI executor; the calls to IAM Identity Center and
 * the wait run on the background executor.
 */
public final class SignInViewModel {
    private final Async async;
    private final ProfileCredentials credentials;
    private final Consumer<String> browser;
    private final Consumer<String> onSignedIn;
    private final Pacer pacer = new Pacer();

    private final ReadOnlyStringWrapper profile = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper userCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper page = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper signedIn = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);

    /**
     * @param browser    opens a URL in the user's browser (JavaFX HostServices in the app)
     * @param onSignedIn told the profile's name once the token is cached (the app then rebuilds its clients)
     */
    public SignInViewModel(
            Async async, ProfileCredentials credentials, Consumer<String> browser, Consumer<String> onSignedIn) {
        this.async = async;
        this.credentials = credentials;
        this.browser = browser;
        this.onSignedIn = onSignedIn;
    }

    public ReadOnlyStringProperty profileProperty() {
        return profile.getReadOnlyProperty();
    }

    /** The code to compare with the one the browser page shows; empty until the sign-in has started. */
    public ReadOnlyStringProperty userCodeProperty() {
        return userCode.getReadOnlyProperty();
    }

    /** The approval page, to open again if the browser did not come up. */
    public ReadOnlyStringProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while the sign-in runs (Cancel is offered). */
    public ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty signedInProperty() {
        return signedIn.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** Starts the sign-in of an SSO profile. */
    public void start(String profileName) {
        profile.set(profileName);
        waiting.set(true);
        status.set("Contacting IAM Identity Center…");
        async.run(() -> credentials.startSignIn(profileName), this::opened, this::ended);
    }

    private void opened(PendingSignIn pending) {
        userCode.set(pending.userCode());
        page.set(pending.verificationUriComplete());
        status.set("Your browser opens " + pending.verificationUri() + ". Check that it shows the code "
                + pending.userCode() + ", then approve it there. Waiting…");
        openPage();
        async.run(
                () -> {
                    credentials.finishSignIn(pending, pacer);
                    return pending.profileName();
                },
                this::done,
                this::ended);
    }

    /** Opens the approval page (again). */
    public void openPage() {
        if (!page.get().isEmpty()) {
            browser.accept(page.get());
        }
    }

    private void done(String profileName) {
        waiting.set(false);
        signedIn.set(true);
        status.set("Signed in. Profile " + profileName + " is ready.");
        onSignedIn.accept(profileName);
    }

    private void ended(Throwable failure) {
        waiting.set(false);
        failed.set(true);
        status.set(failure.getMessage() == null ? "The sign-in failed." : failure.getMessage());
    }

    /** Stops waiting for the approval (the dialog's Cancel, or closing it). */
    public void cancel() {
        pacer.cancel();
    }
}
