package io.backupconsole.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.domain.ServiceFailure.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * What every inline error, status line and dialog error of the window shows for a failure: never "null" and never
 * empty, whatever the failure carried (a service answer without a message, an exception without one).
 */
class FailureMessagesTest {

    @Test
    void noFailureIsShownAsNullOrNothing() {
        List<Throwable> failures = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (String code : new String[] {null, "", "InternalServerError"}) {
                for (String message : new String[] {null, "", "  "}) {
                    failures.add(new ServiceFailure(kind, code, message, null, null));
                }
            }
        }
        failures.add(new NullPointerException());
        failures.add(new IllegalStateException((String) null));
        failures.add(new CompletionException(new RuntimeException((String) null)));
        failures.add(new CompletionException(new ServiceFailure(Kind.SERVICE, null, null, null, null)));

        for (Throwable failure : failures) {
            String shown = FailureMessages.describe(failure);
            assertFalse(shown.isBlank(), failure.toString());
            assertFalse(shown.matches("(?s).*\\bnull\\b.*"), failure + " shown as: " + shown);
        }
    }

    @Test
    void aServiceFailureWithoutAMessageIsWordedByItsKindWithItsCode() {
        assertEquals(
                "The service failed without saying why; try again later. (InternalServerError)",
                FailureMessages.describe(new ServiceFailure(Kind.SERVICE, "InternalServerError", null, null, null)));
        assertEquals(
                "The service did not find the resource.",
                FailureMessages.describe(new ServiceFailure(Kind.NOT_FOUND, "", " ", null, null)));
    }

    @Test
    void credentialFailuresAreShownInTheirOwnWords() {
        String signIn = "Sign-in needed: the SSO session of profile corp has expired; sign in: `aws sso login"
                + " --profile corp`, or Sign in… in the window.";
        assertEquals(signIn, FailureMessages.describe(new ServiceFailure(Kind.ACCESS_DENIED, "", signIn, null, null)));
        assertTrue(FailureMessages.describe(
                        new ServiceFailure(Kind.ACCESS_DENIED, "AccessDeniedException", "Not allowed.", null, null))
                .startsWith("Access denied (AccessDeniedException): Not allowed."));
    }
}
