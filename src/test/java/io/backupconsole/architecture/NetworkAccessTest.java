package io.backupconsole.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import javafx.application.HostServices;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.fsx.FSxClient;

/**
 * No telemetry, no side channels: the app talks to the network only through the AWS SDK clients built in
 * {@code aws/} (whose endpoints are the connection's), and listens only in the sandbox (on 127.0.0.1, see
 * {@code SandboxLoopbackTest}). The rules run over the main classes (the import is shared with ArchitectureTest),
 * and a plain test shows each catches a class that breaks it.
 */
@AnalyzeClasses(packages = "io.backupconsole", importOptions = ArchitectureTest.MainClassesOnly.class)
class NetworkAccessTest {
    private static final Set<String> NETWORK_TYPES = Set.of(
            "java.net.Socket",
            "java.net.ServerSocket",
            "java.net.DatagramSocket",
            "java.net.MulticastSocket",
            "java.net.URLConnection",
            "java.net.HttpURLConnection",
            "javax.net.ssl.HttpsURLConnection",
            "javax.net.SocketFactory",
            "javax.net.ssl.SSLSocketFactory",
            "java.nio.channels.SocketChannel",
            "java.nio.channels.ServerSocketChannel",
            "java.nio.channels.DatagramChannel",
            "java.nio.channels.AsynchronousSocketChannel",
            "java.nio.channels.AsynchronousServerSocketChannel");

    private static final DescribedPredicate<JavaClass> NETWORK_API = new DescribedPredicate<>("a network API") {
        @Override
        public boolean test(JavaClass type) {
            return NETWORK_TYPES.contains(type.getName())
                    || type.getPackageName().startsWith("java.net.http")
                    || type.getPackageName().startsWith("com.sun.net.httpserver");
        }
    };

    private static final DescribedPredicate<JavaMethodCall> URL_FETCH =
            new DescribedPredicate<>("URL.openConnection/openStream/getContent") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().isEquivalentTo(URL.class)
                            && List.of("openConnection", "openStream", "getContent")
                                    .contains(call.getName());
                }
            };

    @ArchTest
    static final ArchRule onlyTheSandboxUsesNetworkApis = noClasses()
            .that()
            .resideOutsideOfPackage("io.backupconsole.sandbox..")
            .should()
            .dependOnClassesThat(NETWORK_API)
            .because("the app reaches the network only through the AWS SDK clients; only the sandbox listens");

    @ArchTest
    static final ArchRule nothingFetchesUrls = noClasses()
            .should()
            .callMethodWhere(URL_FETCH)
            .because("no class fetches a URL by itself (no update checks, no telemetry)");

    @ArchTest
    static final ArchRule sdkOnlyInTheAwsLayer = noClasses()
            .that()
            .resideOutsideOfPackage("io.backupconsole.aws..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("software.amazon.awssdk..")
            .because("SDK clients, and so every AWS call, are built in aws/ with the connection's endpoints");

    @ArchTest
    static final ArchRule onlyTheAppOpensDocuments = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("io.backupconsole.BackupConsoleApp")
            .should()
            .callMethod(HostServices.class, "showDocument", String.class)
            .because("the one thing the app opens outside itself is the log folder (a file: URI), wired in one place");

    @Test
    void eachRuleCatchesAClassThatPhonesHome() {
        // Only the offender itself: the rules match on names, so its targets need not be imported (fast).
        ArchConfiguration config = ArchConfiguration.get();
        boolean resolving = config.resolveMissingDependenciesFromClassPath();
        config.setResolveMissingDependenciesFromClassPath(false);
        JavaClasses offender;
        try {
            offender = new ClassFileImporter().importClasses(PhonesHome.class);
        } finally {
            config.setResolveMissingDependenciesFromClassPath(resolving);
        }
        for (ArchRule rule : List.of(onlyTheSandboxUsesNetworkApis, nothingFetchesUrls, sdkOnlyInTheAwsLayer)) {
            assertTrue(rule.evaluate(offender).hasViolation(), rule.getDescription());
        }
    }

    /** What the rules exist to stop: a usage ping over HTTP, a raw URL fetch, a second SDK client. */
    @SuppressWarnings("unused")
    static final class PhonesHome {
        void ping() throws Exception {
            HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("https://telemetry.example.com/ping"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
        }

        void fetch() throws Exception {
            URI.create("https://updates.example.com/latest")
                    .toURL()
                    .openStream()
                    .close();
        }

        Object secondClient() {
            return FSxClient.builder();
        }
    }
}
