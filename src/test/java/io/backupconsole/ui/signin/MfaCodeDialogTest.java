package io.backupconsole.ui.signin;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.ClientFactory;
import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.credentials.ProfileCredentials;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.sandbox.sts.StsSimulator;
import io.backupconsole.testsupport.SandboxAwsHome;
import io.backupconsole.testsupport.SandboxFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Assume role with MFA from the window: the call waits in the background while the dialog asks for the code on the
 * FX thread; STS (the sandbox) checks the device and the code; the session is kept in memory across reconnects.
 */
@ExtendWith(ApplicationExtension.class)
class MfaCodeDialogTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private static final String PROFILES = """
            [profile admin]
            role_arn = arn:aws:iam::123456789012:role/BackupAdmin-mfa
            source_profile = base
            mfa_serial = %s
            region = us-east-1
            endpoint_url = %%s
            """.formatted(StsSimulator.MFA_DEVICE);

    @TempDir
    Path home;

    private Stage stage;
    private ClientFactory clients;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void close() {
        clients.close();
    }

    private ProfileCredentials credentials() {
        SandboxAwsHome aws = new SandboxAwsHome(home, sandbox.server())
                .config(PROFILES)
                .credentials("[base]\naws_access_key_id = AKIASANDBOXBASE\naws_secret_access_key = base-secret\n");
        clients = aws.clientFactory(new MfaCodeDialog(() -> stage));
        return clients.credentials();
    }

    /** Lists FSx through a fresh set of clients for the profile, on a background thread. */
    private CompletableFuture<List<Resource>> listInBackground() {
        return CompletableFuture.supplyAsync(() -> {
            try (ServiceAdapters adapters = clients.connect(new Connection.Profile("admin", "us-east-1", Map.of()))) {
                return adapters.get(AwsService.FSX).listResources();
            }
        });
    }

    /** Waits for the dialog (the first SDK client build of a run can take seconds on a busy machine). */
    private static void awaitPrompt(FxRobot robot, CompletableFuture<?> call) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> robot.lookup("#mfaCode").tryQuery().isPresent() || call.isDone());
        assertFalse(call.isDone(), () -> "the call ended without asking: " + call);
    }

    private Node okButton(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK);
    }

    @Test
    void theCodeIsAskedOnceAndTheSessionKeptAcrossReconnects(FxRobot robot) throws Exception {
        credentials();
        CompletableFuture<List<Resource>> listing = listInBackground();
        awaitPrompt(robot, listing);
        assertTrue(robot.lookup(".dialog-pane .label").queryAll().stream()
                .anyMatch(n -> n instanceof Label l && l.getText().contains(StsSimulator.MFA_DEVICE)));

        robot.clickOn("#mfaCode").write("12345");
        assertTrue(((Button) okButton(robot)).isDisabled(), "five digits cannot be sent");
        robot.write(StsSimulator.MFA_CODE.substring(5));
        assertFalse(((Button) okButton(robot)).isDisabled());
        robot.clickOn(okButton(robot));

        assertFalse(listing.get().isEmpty());
        assertEquals(1L, sandbox.server().stats().snapshot().get("sts:AssumeRole"));

        // New clients (as after a region switch): the session is reused, no second prompt.
        assertFalse(listInBackground().get().isEmpty());
        assertEquals(1L, sandbox.server().stats().snapshot().get("sts:AssumeRole"));
        assertTrue(robot.lookup("#mfaCode").tryQuery().isEmpty());
    }

    @Test
    void aWrongCodeIsRefusedByStsAndCancelSaysNoCodeWasGiven(FxRobot robot) {
        credentials();
        CompletableFuture<List<Resource>> wrong = listInBackground();
        awaitPrompt(robot, wrong);
        robot.clickOn("#mfaCode").write("654321");
        robot.clickOn(okButton(robot));
        ExecutionException refused = Assertions.assertThrows(ExecutionException.class, wrong::get);
        assertTrue(
                refused.getCause().getMessage().contains("invalid MFA one time pass code"),
                refused.getCause().getMessage());

        CompletableFuture<List<Resource>> cancelled = listInBackground();
        awaitPrompt(robot, cancelled);
        robot.clickOn(robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.CANCEL));
        ExecutionException noCode = Assertions.assertThrows(ExecutionException.class, cancelled::get);
        assertTrue(
                noCode.getCause().getMessage().contains("No MFA code was given for profile admin (cancelled)"),
                noCode.getCause().getMessage());
    }
}
