package io.backupconsole.ui.signin;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backupconsole.aws.AwsRegions;
import io.backupconsole.aws.AwsRegions.AwsRegion;
import io.backupconsole.aws.ClientFactory;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.StartupConnection;
import io.backupconsole.aws.credentials.MfaCodePrompt;
import io.backupconsole.aws.credentials.ProfileCredentials;
import io.backupconsole.aws.profiles.ProfileListing;
import io.backupconsole.aws.profiles.ProfileReader;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.settings.Settings;
import io.backupconsole.settings.SettingsKeeper;
import io.backupconsole.settings.SettingsStore;
import io.backupconsole.testsupport.SandboxAwsHome;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.StandardServices;
import io.backupconsole.tracking.BackupSubmitter;
import io.backupconsole.tracking.JobJournal;
import io.backupconsole.tracking.TrackedJob;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.common.ConnectionContext;
import io.backupconsole.ui.shell.ConnectionBarViewModel;
import io.backupconsole.ui.shell.ConnectionChoice;
import io.backupconsole.ui.shell.ConnectionTargets;
import io.backupconsole.ui.shell.ServiceNavItem;
import io.backupconsole.ui.shell.ShellViewModel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8's "done when" for SSO: a new user whose ~/.aws holds only an SSO profile (pointing at the sandbox, with no
 * token cache) picks it, is asked to sign in, signs in through the app's sign-in flow (the test approves the code on
 * the page the app opened, as the user would), finds the token in the AWS CLI's cache, and backs up — the SDK's SSO
 * provider getting role credentials from the sandbox's portal. The window's view models run as in the app, with a
 * single thread standing in for the FX thread and a pool for the background executor.
 */
class SsoFirstRunEndToEndTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @TempDir
    Path home;

    @TempDir
    Path data;

    private final ExecutorService fx = Executors.newSingleThreadExecutor();
    private final ExecutorService background = Executors.newCachedThreadPool();
    private ClientFactory clients;
    private ProfileCredentials credentials;
    private ShellViewModel shell;

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            shell.close();
            return null;
        });
        clients.close();
        fx.shutdownNow();
        background.shutdownNow();
    }

    @Test
    void aNewUserWithOnlyAnSsoProfileSignsInAndBacksUp() throws Exception {
        SandboxAwsHome aws = new SandboxAwsHome(home, sandbox.server()).config(SandboxAwsHome.SSO_PROFILE);
        clients = aws.clientFactory(MfaCodePrompt.NONE);
        credentials = clients.credentials();
        Async async = new Async(background, fx);
        ConnectionContext context = new ConnectionContext();
        shell = new ShellViewModel(
                StandardServices.registry(),
                StandardServices.icons(),
                background,
                fx,
                clients::connect,
                Clock.systemUTC(),
                context);
        ConnectionBarViewModel bar = new ConnectionBarViewModel(
                async,
                targets(aws),
                new SettingsKeeper(new SettingsStore(data, Clock.systemUTC()), background, Settings.defaults()),
                shell::connect,
                notice -> {});
        List<String> openedPages = new CopyOnWriteArrayList<>();
        List<SignInViewModel> signIns = new CopyOnWriteArrayList<>();
        bar.useSignIn(credentials::signInNeeded, profile -> {
            SignInViewModel signIn = new SignInViewModel(async, credentials, openedPages::add, bar::signedIn);
            signIns.add(signIn);
            signIn.start(profile);
        });

        // First run: the sandbox, then the user picks the SSO profile.
        onFx(() -> bar.start(StartupConnection.resolve(
                StandardServices.registry(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of())));
        await().until(() -> onFx(() -> bar.readyProperty().get()));
        ConnectionChoice sso = onFx(() -> bar.choices().stream()
                .filter(c -> c.label().equals("sso-user — SSO session"))
                .findFirst()
                .orElseThrow());
        onFx(() -> {
            bar.chooseConnection(sso);
            return null;
        });
        await().until(() -> onFx(() -> bar.signInNeededProperty().get()));
        ServiceNavItem fsx = onFx(() -> shell.services().stream()
                .filter(item -> item.service() == AwsService.FSX)
                .findFirst()
                .orElseThrow());
        await().until(() -> onFx(() -> fsx.errorProperty().get().contains("Sign-in needed")));

        // "Sign in": the app shows a code and opens the browser; the user approves that code there.
        onFx(() -> {
            bar.signIn();
            return null;
        });
        await().until(() -> openedPages.size() == 1);
        SignInViewModel signIn = signIns.getFirst();
        String code = onFx(() -> signIn.userCodeProperty().get());
        approveInBrowser(openedPages.getFirst(), code);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> onFx(() -> signIn.signedInProperty().get()));

        // The token is in the AWS CLI's cache, in its format, for the user's eyes only.
        Path cached = Files.list(aws.tokenCache()).findFirst().orElseThrow();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cached)));
        JsonNode token = new ObjectMapper().readTree(cached.toFile());
        for (String member : List.of(
                "startUrl",
                "region",
                "accessToken",
                "expiresAt",
                "clientId",
                "clientSecret",
                "registrationExpiresAt",
                "refreshToken")) {
            assertTrue(token.hasNonNull(member), member);
        }

        // The app reconnected: the services list, with role credentials from the portal.
        await().until(() -> onFx(() -> fsx.resourceCountProperty().get() > 0
                && fsx.errorProperty().get().isEmpty()));
        assertFalse(onFx(() -> bar.signInNeededProperty().get()));
        assertTrue(sandbox.server().stats().snapshot().getOrDefault("sso:GetRoleCredentials", 0L) >= 1);

        // And backs up, through the app's safe submit.
        ServiceAdapters adapters = onFx(context::adapters);
        Resource fileSystem = adapters.get(AwsService.FSX).listResources().stream()
                .filter(r -> r.eligibility().allowed())
                .findFirst()
                .orElseThrow();
        JobJournal journal = new JobJournal(data, Clock.systemUTC());
        journal.open();
        TrackedJob job = new BackupSubmitter(journal, Clock.systemUTC())
                .submit(
                        adapters.starter(AwsService.FSX),
                        "profile:sso-user",
                        "us-east-1",
                        new BackupRequest(
                                AwsService.FSX,
                                fileSystem.id(),
                                fileSystem.name(),
                                "first-sso-backup",
                                "",
                                List.of(),
                                null,
                                null));
        assertTrue(job.serviceJobId().startsWith("backup-"), job.serviceJobId());
        assertEquals(1L, sandbox.server().stats().snapshot().get("fsx:CreateBackup"));
        assertTrue(adapters.get(AwsService.FSX).listBackups(fileSystem.id()).stream()
                .anyMatch(b -> b.id().equals(job.serviceJobId())));
    }

    /** What the user does on the page the app opened: checks the code, then presses Allow. */
    private static void approveInBrowser(String page, String code) throws Exception {
        try (HttpClient browser = HttpClient.newHttpClient()) {
            String shown = browser.send(
                            HttpRequest.newBuilder(URI.create(page)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            assertTrue(shown.contains(code), shown);
            URI allow = URI.create(page).resolve("/_sandbox/sso/approve");
            int status = browser.send(
                            HttpRequest.newBuilder(allow)
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString("user_code=" + code))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            assertEquals(200, status);
        }
    }

    private ConnectionTargets targets(SandboxAwsHome aws) {
        return new ConnectionTargets() {
            @Override
            public ProfileListing profiles() {
                return ProfileReader.read(aws.files());
            }

            @Override
            public List<AwsRegion> regions() {
                return AwsRegions.commercial();
            }

            @Override
            public CompletableFuture<URI> sandboxEndpoint() {
                return CompletableFuture.completedFuture(sandbox.server().endpoint());
            }
        };
    }

    private <T> T onFx(Callable<T> action) throws Exception {
        return fx.submit(action).get();
    }
}
