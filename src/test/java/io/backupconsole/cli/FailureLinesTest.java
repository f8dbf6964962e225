package io.backupconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.backupconsole.testsupport.ChildJvm;
import io.backupconsole.testsupport.SandboxFixture;
import java.io.FileInputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way {@code backup} fails before or around its first call, through the real CLI in a JVM of its own (started
 * as a shell starts it, see {@link ChildJvm}): one {@code error:} line that names what failed and what to do, the
 * documented exit code, no stack trace and no "null" on the console.
 */
class FailureLinesTest {
    private static final String FILE_SYSTEM = "fs-0a1b2c3d4e5f60002";
    private static final String SSO_PROFILE = """
            [profile corp-admin]
            sso_session = corp
            sso_account_id = 123456789012
            sso_role_name = Admin
            region = us-east-1

            [sso-session corp]
            sso_start_url = https://corp.awsapps.com/start
            sso_region = us-east-1
            sso_registration_scopes = sso:account:access
            """;

    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @TempDir
    Path home;

    @TempDir
    Path work;

    @Test
    void aProfileThatIsNotThereNamesTheFilesThatWereReadAndExits2() throws Exception {
        awsFile("config", "[profile other]\nregion = us-east-1\n");

        ChildJvm.Result run = backup(List.of(), "--profile", "nosuch", "--endpoint-url", sandboxUrl());

        String line = oneErrorLine(run, 2);
        assertContains(line, "no profile nosuch", home.resolve(".aws/config").toString());
        assertContains(line, home.resolve(".aws/credentials") + " (missing)", "aws configure --profile nosuch");
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "the failing credential_process is a POSIX shell script")
    void aFailedCredentialProcessNamesTheProfileAndTheFirstLineOfItsStderr() throws Exception {
        Path script = home.resolve("corp-login.sh");
        Files.writeString(
                script,
                "#!/bin/sh\necho 'corp-login: the session ended, run corp-login again' >&2\n"
                        + "echo 'second line of detail' >&2\nexit 1\n");
        assertTrue(script.toFile().setExecutable(true));
        awsFile("config", "[profile proc]\nregion = us-east-1\ncredential_process = " + script + "\n");

        ChildJvm.Result run = backup(List.of(), "--profile", "proc", "--endpoint-url", sandboxUrl());

        String line = oneErrorLine(run, 1);
        assertContains(line, "credential_process of profile proc failed");
        assertContains(line, "corp-login: the session ended, run corp-login again");
        assertFalse(line.contains("second line"), line);
        assertContains(log(), "IllegalStateException", "\tat ");
    }

    @Test
    void aMissingSsoSignInSaysHowToSignIn() throws Exception {
        awsFile("config", SSO_PROFILE);

        ChildJvm.Result run = backup(List.of(), "--profile", "corp-admin", "--endpoint-url", sandboxUrl());

        String line = oneErrorLine(run, 1);
        assertContains(line, "corp-admin", "has not been started on this computer");
        assertContains(line, "sign in: `aws sso login --profile corp-admin`, or Sign in… in the window");
    }

    @Test
    void anExpiredSsoSignInSaysHowToSignIn() throws Exception {
        awsFile("config", SSO_PROFILE);
        String cacheName = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-1").digest("corp".getBytes(StandardCharsets.UTF_8)));
        Files.createDirectories(home.resolve(".aws/sso/cache"));
        Files.writeString(
                home.resolve(".aws/sso/cache/" + cacheName + ".json"),
                "{\"startUrl\": \"https://corp.awsapps.com/start\", \"region\": \"us-east-1\","
                        + " \"accessToken\": \"expired-token\", \"expiresAt\": \"2020-01-01T00:00:00Z\"}");

        ChildJvm.Result run = backup(List.of(), "--profile", "corp-admin", "--endpoint-url", sandboxUrl());

        String line = oneErrorLine(run, 1);
        assertContains(line, "corp-admin", "has expired");
        assertContains(line, "sign in: `aws sso login --profile corp-admin`, or Sign in… in the window");
    }

    @Test
    void aRefusedConnectionNamesTheEndpointAndTheCause() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0)) {
            closed = probe.getLocalPort();
        }
        String endpoint = "http://127.0.0.1:" + closed;

        ChildJvm.Result run = backup(List.of(), "--endpoint-url", endpoint);

        String line = oneErrorLine(run, 1);
        assertContains(line, "Could not reach FSx at " + endpoint, "connection refused", "Check the endpoint URL");
        assertContains(log(), "ConnectException", "\tat ");
    }

    @Test
    void anUnknownHostNamesTheEndpointAndDns() throws Exception {
        // The child resolves names from an empty hosts file only, so the failure does not depend on this machine's DNS.
        Path hosts = Files.writeString(work.resolve("hosts"), "");

        ChildJvm.Result run = backup(
                List.of("-Djdk.net.hosts.file=" + hosts), "--endpoint-url", "http://backup-console-test.invalid:4566");

        String line = oneErrorLine(run, 1);
        assertContains(line, "http://backup-console-test.invalid:4566", "is not known (DNS)");
    }

    @Test
    void anUntrustedTlsCertificateNamesTheEndpointAndTheCaBundle() throws Exception {
        HttpsServer https = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(selfSigned()));
        https.createContext("/", exchange -> {
            try (exchange) {
                exchange.sendResponseHeaders(500, -1);
            }
        });
        https.start();
        try {
            String endpoint = "https://127.0.0.1:" + https.getAddress().getPort();

            ChildJvm.Result run = backup(List.of(), "--endpoint-url", endpoint);

            String line = oneErrorLine(run, 1);
            assertContains(line, "Could not reach FSx at " + endpoint, "TLS certificate is not trusted");
            assertContains(line, "AWS_CA_BUNDLE");
        } finally {
            https.stop(0);
        }
    }

    @Test
    void anHttpStatusWithoutAnErrorCodeNamesTheCallAndTheStatus() throws Exception {
        // What a gateway or an emulator that does not implement a call may answer: a bare 500, no AWS error.
        HttpServer bare = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        bare.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(500, -1);
            }
        });
        bare.start();
        try {
            ChildJvm.Result run = backup(
                    List.of(),
                    "--endpoint-url",
                    "http://127.0.0.1:" + bare.getAddress().getPort());

            String line = oneErrorLine(run, 1);
            assertContains(line, "FSx DescribeFileSystems answered HTTP 500 with no error code", "Try again later");
            assertContains(log(), "HTTP 500 with no error code (no request id)");
            assertFalse(log().contains("HTTP 500 null"), "the log says no code, not null");
        } finally {
            bare.stop(0);
        }
    }

    private ChildJvm.Result backup(List<String> jvmOptions, String... connection) throws Exception {
        List<String> args = new ArrayList<>(List.of("backup", "--service", "fsx", "--resource", FILE_SYSTEM));
        args.addAll(List.of(connection));
        return ChildJvm.run(ChildJvm.java(home, jvmOptions, "io.backupconsole.Main", args), work);
    }

    private String sandboxUrl() {
        return sandbox.server().endpoint().toString();
    }

    private void awsFile(String name, String text) throws Exception {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws").resolve(name), text);
    }

    private String log() throws Exception {
        return Files.readString(home.resolve(".local/state/backup-console/backup-console.log"));
    }

    /** The console holds exactly one line, on stderr: {@code error: …}, without a trace or "null". */
    private static String oneErrorLine(ChildJvm.Result run, int exitCode) {
        assertEquals(exitCode, run.exitCode(), run.toString());
        assertEquals("", run.out(), run.toString());
        List<String> lines = run.err().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), run.toString());
        String line = lines.get(0);
        assertTrue(line.startsWith("error: "), line);
        assertFalse(line.matches(".*\\bnull\\b.*"), line);
        assertFalse(line.contains("Exception"), line);
        return line;
    }

    private static void assertContains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), "\"" + part + "\" in: " + text);
        }
    }

    /** A TLS context with a certificate that nothing trusts: made by keytool, as a stranger's endpoint would be. */
    private SSLContext selfSigned() throws Exception {
        Path keystore = work.resolve("self-signed.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "stranger",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "san=ip:127.0.0.1",
                        "-validity",
                        "2",
                        "-keystore",
                        keystore.toString(),
                        "-storetype",
                        "PKCS12",
                        "-storepass",
                        "changeit")
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("keytool.txt").toFile())
                .start();
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS), "keytool ends");
        assertEquals(0, keytool.exitValue(), Files.readString(work.resolve("keytool.txt")));
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(keystore.toFile())) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        return tls;
    }
}
