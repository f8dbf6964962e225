package io.backupconsole.ui.overview;

import io.backupconsole.aws.AwsRegions.AwsRegion;
import io.backupconsole.aws.ClientFactory;
import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.credentials.MfaCodePrompt;
import io.backupconsole.aws.profiles.ProfileFiles;
import io.backupconsole.domain.AwsService;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.StandardServices;
import io.backupconsole.testsupport.TestClients;
import io.backupconsole.ui.shell.ConnectionChoice;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Three AWS profiles (alpha, beta, gamma, with keys in a temporary credentials file) whose endpoints are the test
 * sandbox, except gamma in eu-west-1, which is sent to a closed port: the overview's "one pair fails" case.
 */
final class OverviewFixture {
    static final List<String> PROFILES = List.of("alpha", "beta", "gamma");
    static final List<AwsRegion> REGIONS = List.of(AwsRegion.of("us-east-1"), AwsRegion.of("eu-west-1"));

    private OverviewFixture() {}

    /**
     * A client factory reading a temporary pair of AWS files naming the three profiles, as the app's reads the
     * user's. The caller closes it.
     */
    static ClientFactory clients() throws IOException {
        Path dir = Files.createTempDirectory("overview-profiles");
        Path credentials = dir.resolve("credentials");
        Files.writeString(
                credentials,
                PROFILES.stream()
                        .map(name -> "[" + name + "]\naws_access_key_id = AKIA" + name.toUpperCase() + "\n"
                                + "aws_secret_access_key = secret-" + name + "\n")
                        .collect(Collectors.joining("\n")));
        Path config = Files.writeString(dir.resolve("config"), "");
        return TestClients.factory(new ProfileFiles(config, credentials), dir.resolve("sso-cache"), MfaCodePrompt.NONE);
    }

    static List<ConnectionChoice> profiles(SandboxFixture sandbox) {
        return PROFILES.stream()
                .<ConnectionChoice>map(name -> new ConnectionChoice.GivenAtStartup(new Connection.Profile(
                        name, "us-east-1", everyService(sandbox.server().endpoint()))))
                .toList();
    }

    /** The app's connector ({@code clients::connect}), except that gamma in eu-west-1 reaches nothing. */
    static Function<Connection, ServiceAdapters> connector(ClientFactory clients) {
        URI closed = closedPort();
        return connection -> clients.connect(
                connection instanceof Connection.Profile p
                                && p.profileName().equals("gamma")
                                && p.region().equals("eu-west-1")
                        ? new Connection.Profile("gamma", "eu-west-1", everyService(closed))
                        : connection);
    }

    static Map<AwsService, URI> everyService(URI endpoint) {
        return StandardServices.registry().services().stream().collect(Collectors.toMap(s -> s, s -> endpoint));
    }

    private static URI closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
