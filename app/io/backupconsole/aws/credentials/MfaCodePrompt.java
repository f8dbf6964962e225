package io.backupconsole.aws.credentials;

import java.util.concurrent.CompletableFuture;

/**
 * Asks the user for the current code of an MFA device. Called on the background thread that needs credentials;
 * the answer comes through the future (the window's prompt completes it from the FX thread; cancelling completes
 * it exceptionally), so the caller waits without ever blocking the FX thread.
 */
@FunctionalInterface
public interface MfaCodePrompt {
    /** For the headless commands and the tests that need no MFA: every request fails with a clear message. */
    MfaCodePrompt NONE = (profile, device) -> CompletableFuture.failedFuture(new IllegalStateException(
            "Profile " + profile + " needs an MFA code, and there is no window to ask for it."));

    /**
     * @param profileName  the profile whose role is being assumed
     * @param mfaSerial    the device's {@code mfa_serial} (an ARN or a hardware token's serial number)
     * @return the code the user typed
     */
    CompletableFuture<String> ask(String profileName, String mfaSerial);
}
