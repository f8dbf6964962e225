package io.backupconsole.ui.signin;

import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One request for an MFA code: the code typed so far, whether it can be sent (six digits, as STS requires), and
 * the answer for the background thread that waits for it. FX thread; the answer completes exactly once.
 */
public final class MfaCodeViewModel {
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    private final String profileName;
    private final String device;
    private final CompletableFuture<String> answer = new CompletableFuture<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final BooleanBinding valid = Bindings.createBooleanBinding(
            () -> SIX_DIGITS.matcher(code.get().strip()).matches(), code);

    public MfaCodeViewModel(String profileName, String device) {
        this.profileName = profileName;
        this.device = device;
    }

    public String prompt() {
        return "Profile " + profileName + " assumes its role with multi-factor authentication. Enter the current "
                + "code of " + device + ".";
    }

    public StringProperty codeProperty() {
        return code;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public CompletableFuture<String> answer() {
        return answer;
    }

    /** OK: sends the code (only a valid one). */
    public void submit() {
        if (valid.get()) {
            answer.complete(code.get().strip());
        }
    }

    /** Cancel or closing the dialog: the call that needed the code fails, saying no code was given. */
    public void cancel() {
        answer.cancel(false);
    }
}
