package io.backupconsole.ui.signin;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.ClientFactory;
import io.backupconsole.aws.credentials.MfaCodePrompt;
import io.backupconsole.aws.credentials.ProfileCredentials;
import io.backupconsole.testsupport.SandboxAwsHome;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.TestBackground;
import io.backupconsole.ui.common.Async;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The sign-in dialog: shows the code and opens the page; closes once approved; Cancel stops the wait. */
@ExtendWith(ApplicationExtension.class)
class SignInDialogTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @TempDir
    Path home;

    private Stage stage;
    private ClientFactory clients;
    private ProfileCredentials credentials;
    private SandboxAwsHome aws;
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final List<String> signedIn = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    /** This test's background work (the sign-in's polls), waited for after it, so none reaches a later test. */
    private final TestBackground background = new TestBackground();

    @AfterEach
    void close() {
        background.awaitIdle();
        clients.close();
    }

    private SignInViewModel open(FxRobot robot) {
        aws = new SandboxAwsHome(home, sandbox.server()).config(SandboxAwsHome.SSO_PROFILE);
        clients = aws.clientFactory(MfaCodePrompt.NONE);
        credentials = clients.credentials();
        SignInViewModel viewModel =
                new SignInViewModel(new Async(background, Platform::runLater), credentials, opened::add, signedIn::add);
        robot.interact(() -> SignInDialog.show(stage, viewModel, "sso-user"));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> opened.size() == 1 || viewModel.failedProperty().get());
        return viewModel;
    }

    @Test
    void showsTheCodeOpensThePageAndClosesWhenApproved(FxRobot robot) {
        SignInViewModel viewModel = open(robot);
        String code = viewModel.userCodeProperty().get();
        assertTrue(robot.lookup(".sign-in-code").queryAs(Label.class).getText().equals(code));
        assertTrue(opened.getFirst().endsWith("user_code=" + code));

        assertEquals(200, aws.decide("approve", code));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> robot.lookup(".sign-in").tryQuery().isEmpty());
        assertEquals(List.of("sso-user"), signedIn);
        assertTrue(!credentials.signInNeeded("sso-user"));
    }

    @Test
    void cancelStopsWaitingAndSignsNothingIn(FxRobot robot) {
        SignInViewModel viewModel = open(robot);
        robot.clickOn(robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.CANCEL));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> viewModel.failedProperty().get());
        assertEquals("Sign-in cancelled.", viewModel.statusProperty().get());
        assertEquals(List.of(), signedIn);
        assertTrue(credentials.signInNeeded("sso-user"));
    }
}
