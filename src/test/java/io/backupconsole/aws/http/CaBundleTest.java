package io.backupconsole.aws.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.backupconsole.aws.AwsClients;
import io.backupconsole.aws.ClientFactory;
import io.backupconsole.aws.Connection;
import io.backupconsole.aws.fsx.FsxModule;
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.testsupport.StandardServices;
import io.backupconsole.testsupport.TestClients;
import java.io.FileInputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CA bundle (PEM) trusted in addition to the system's: a self-signed certificate made with keytool, an HTTPS
 * front for the sandbox that presents it, and SDK calls that fail without the bundle and work with it.
 */
class CaBundleTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @TempDir
    static Path dir;

    private static Path pem;
    private static HttpsServer https;

    @BeforeAll
    static void selfSignedFront() throws Exception {
        Path keystore = dir.resolve("front.p12");
        String keytool =
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(
                keytool,
                "-genkeypair",
                "-alias",
                "front",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=localhost",
                "-ext",
                "san=ip:127.0.0.1,dns:localhost",
                "-validity",
                "2",
                "-keystore",
                keystore.toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                "changeit");
        pem = dir.resolve("bundle.pem");
        run(
                keytool,
                "-exportcert",
                "-rfc",
                "-alias",
                "front",
                "-keystore",
                keystore.toString(),
                "-storepass",
                "changeit",
                "-file",
                pem.toString());
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(keystore.toFile())) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        https = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(tls));
        HttpClient plain =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Set<String> notForwarded = Set.of("host", "content-length", "connection", "expect", "upgrade");
        https.createContext("/", exchange -> {
            try (exchange) {
                // A TLS front: the same request, in plain HTTP, to the sandbox.
                HttpRequest.Builder request = HttpRequest.newBuilder(sandbox.server()
                                .endpoint()
                                .resolve(exchange.getRequestURI().toString()))
                        .method(
                                exchange.getRequestMethod(),
                                HttpRequest.BodyPublishers.ofByteArray(
                                        exchange.getRequestBody().readAllBytes()));
                exchange.getRequestHeaders().forEach((name, values) -> {
                    if (!notForwarded.contains(name.toLowerCase())) {
                        values.forEach(value -> request.header(name, value));
                    }
                });
                HttpResponse<byte[]> response = plain.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                response.headers().map().forEach((name, values) -> {
                    if (!notForwarded.contains(name.toLowerCase())) {
                        exchange.getResponseHeaders().put(name, values);
                    }
                });
                exchange.sendResponseHeaders(
                        response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
                exchange.getResponseBody().write(response.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        https.start();
    }

    @AfterAll
    static void stopFront() {
        https.stop(0);
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);
    }

    private static Connection front() {
        URI url = URI.create("https://127.0.0.1:" + https.getAddress().getPort());
        return new Connection.Endpoint(
                StandardServices.registry().services().stream().collect(Collectors.toMap(s -> s, s -> url)),
                "us-east-1");
    }

    private static int fileSystems(HttpSettings http) {
        try (ClientFactory factory = TestClients.factory(http);
                AwsClients clients = factory.clients(front())) {
            return new FsxModule().adapter(clients).listResources().size();
        }
    }

    @Test
    void aPemBundleIsTrustedBesideTheSystemStore() {
        List<X509Certificate> bundle = CaBundle.read(pem);
        X509TrustManager trust = (X509TrustManager) CaBundle.trustManagers(bundle)[0];

        assertEquals(1, bundle.size());
        List<X509Certificate> issuers = List.of(trust.getAcceptedIssuers());
        assertTrue(issuers.contains(bundle.get(0)));
        assertTrue(issuers.size() > 1, "the system's CAs are still trusted");
    }

    @Test
    void httpsCallsToASelfSignedEndpointWorkOnlyWithTheBundle() {
        ServiceFailure refused = assertThrows(ServiceFailure.class, () -> fileSystems(HttpSettings.none()));
        assertEquals(ServiceFailure.Kind.NETWORK, refused.kind());

        HttpSettings withBundle = HttpSettings.resolve(Map.of("AWS_CA_BUNDLE", pem.toString()), null);
        assertEquals(List.of(), withBundle.problems());
        assertTrue(fileSystems(withBundle) > 0);
    }

    @Test
    void anUnreadableOrWrongBundleIsAProblemMessageNotAFailure() throws Exception {
        HttpSettings missing = HttpSettings.resolve(
                Map.of("AWS_CA_BUNDLE", dir.resolve("nope.pem").toString()), null);
        assertTrue(missing.caBundle().isEmpty());
        assertTrue(
                missing.problems()
                        .get(0)
                        .startsWith("AWS_CA_BUNDLE: The CA bundle " + dir.resolve("nope.pem")
                                + " cannot be used: it cannot be read"),
                missing.problems().get(0));

        Path text = Files.writeString(dir.resolve("notes.pem"), "not a certificate");
        HttpSettings wrong = HttpSettings.resolve(Map.of("AWS_CA_BUNDLE", text.toString()), null);
        assertTrue(
                wrong.problems().get(0).contains("cannot be used"),
                wrong.problems().get(0));
    }
}
