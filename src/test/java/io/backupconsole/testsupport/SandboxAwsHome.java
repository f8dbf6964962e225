package io.backupconsole.testsupport;

import io.backupconsole.aws.ClientFactory;
import io.backupconsole.aws.credentials.MfaCodePrompt;
import io.backupconsole.aws.credentials.Pacer;
import io.backupconsole.aws.profiles.ProfileFiles;
import io.backupconsole.sandbox.Sandbox;
import io.backupconsole.sandbox.SandboxConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A temporary {@code ~/.aws} whose profiles point at a test's sandbox ({@code endpoint_url}), and the user's side
 * of a device sign-in (approving in the "browser" through the sandbox admin API).
 */
public final class SandboxAwsHome {
    public static final String SSO_PROFILE = """
            [profile sso-user]
            sso_session = corp
            sso_account_id = 123456789012
            sso_role_name = BackupOperator
            region = us-east-1
            endpoint_url = %s

            [sso-session corp]
            sso_start_url = https://corp.awsapps.com/start
            sso_region = us-east-1
            sso_registration_scopes = sso:account:access
            """;

    public final Path home;
    public final Sandbox sandbox;

    public SandboxAwsHome(Path home, Sandbox sandbox) {
        this.home = home;
        this.sandbox = sandbox;
        // Real time in the sandbox: device codes last their ten minutes unless a test jumps the clock.
        SandboxConfig test = SandboxFixture.TEST_CONFIG;
        sandbox.configure(new SandboxConfig(1.0, 0, 0, 0, 0, 0, List.of(), test.seed()));
    }

    public SandboxAwsHome config(String text) {
        return write(".aws/config", text.formatted(sandbox.endpoint()));
    }

    public SandboxAwsHome credentials(String text) {
        return write(".aws/credentials", text);
    }

    private SandboxAwsHome write(String path, String text) {
        try {
            Files.createDirectories(home.resolve(".aws"));
            Files.writeString(home.resolve(path), text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ProfileFiles files() {
        return new ProfileFiles(home.resolve(".aws/config"), home.resolve(".aws/credentials"));
    }

    public Path tokenCache() {
        return home.resolve(".aws/sso/cache");
    }

    /** A client factory reading these files and this token cache, as the app's for this home would. */
    public ClientFactory clientFactory(MfaCodePrompt prompt) {
        return TestClients.factory(files(), tokenCache(), prompt);
    }

    /** The user approves (or denies) the code in the browser. */
    public int decide(String action, String userCode) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.endpoint() + "/_sandbox/sso/" + action))
                .POST(HttpRequest.BodyPublishers.ofString("{\"userCode\":\"" + userCode + "\"}"))
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A pacer that jumps the sandbox's clock instead of sleeping, and remembers each wait. */
    public class JumpingPacer extends Pacer {
        public final List<Duration> waits = new ArrayList<>();
        private final List<Runnable> beforePolls;

        public JumpingPacer(Runnable... beforePolls) {
            this.beforePolls = List.of(beforePolls);
        }

        @Override
        public boolean pause(Duration duration) {
            waits.add(duration);
            int poll = waits.size() - 1;
            if (poll < beforePolls.size()) {
                beforePolls.get(poll).run();
            }
            if (!isCancelled()) {
                sandbox.clock().advance(duration);
            }
            return !isCancelled();
        }
    }
}
