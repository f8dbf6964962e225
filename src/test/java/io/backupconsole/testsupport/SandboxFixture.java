package io.backupconsole.testsupport;

import io.backupconsole.aws.ClientFactory;
import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.sandbox.Sandbox;
import io.backupconsole.sandbox.SandboxConfig;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An in-process sandbox for a test class, reached through the real SDK clients over HTTP. Register with
 * {@code @RegisterExtension static final SandboxFixture sandbox = new SandboxFixture();}. Before each test the
 * sandbox is reset to its seed and to {@link #TEST_CONFIG}: time runs 600x faster, no backup fails, no faults; in a
 * class marked {@link SparseAnswers}, its answers are sparse too. The class's SDK clients come from a client factory
 * of its own ({@link TestClients#factory()}), closed with the sandbox.
 */
public final class SandboxFixture implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    public static final SandboxConfig TEST_CONFIG = new SandboxConfig(600.0, 0.0, 0, 0, 0, 0, List.of(), 42L);

    private Sandbox server;
    private ClientFactory factory;
    private SandboxConfig classConfig = TEST_CONFIG;
    private final Map<String, SdkClients> clientsByRegion = new ConcurrentHashMap<>();
    private ServiceAdapters adapters;

    @Override
    public void beforeAll(ExtensionContext context) {
        classConfig = TEST_CONFIG.withSparseResponses(
                context.getRequiredTestClass().isAnnotationPresent(SparseAnswers.class));
        server = Sandbox.start(0, classConfig);
        factory = TestClients.factory();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server.configure(classConfig);
        server.reset();
    }

    /** The configuration each test starts with: {@link #TEST_CONFIG}, with sparse answers in a sparse class. */
    public SandboxConfig testConfig() {
        return classConfig;
    }

    /** Whether this class's answers are sparse ({@link SparseAnswers}). */
    public boolean sparse() {
        return classConfig.sparseResponses();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (adapters != null) {
            adapters.close();
            adapters = null;
        }
        clientsByRegion.values().forEach(SdkClients::close);
        clientsByRegion.clear();
        factory.close();
        server.close();
    }

    public Sandbox server() {
        return server;
    }

    /** Clients for us-east-1, the first seeded region. */
    public SdkClients clients() {
        return clients("us-east-1");
    }

    public SdkClients clients(String region) {
        return clientsByRegion.computeIfAbsent(region, r -> new SdkClients(factory.clients(connection(r))));
    }

    /** The app's adapters for us-east-1 (real SDK clients over HTTP), shared by the test class. */
    public synchronized ServiceAdapters adapters() {
        if (adapters == null) {
            adapters = connect("us-east-1");
        }
        return adapters;
    }

    /** New adapters for the sandbox in {@code region}, for the caller to close. */
    public ServiceAdapters connect(String region) {
        return factory.connect(connection(region));
    }

    /** The class's client factory (no proxy, the test home's profiles): for connections other than the sandbox. */
    public ClientFactory clientFactory() {
        return factory;
    }

    /** The first resource of a service in us-east-1 that can be backed up now. */
    public Resource eligible(AwsService service) {
        return adapters().get(service).listResources().stream()
                .filter(r -> r.eligibility().allowed())
                .findFirst()
                .orElseThrow();
    }

    public Connection.Sandbox connection(String region) {
        return new Connection.Sandbox(server.endpoint(), region);
    }

    /**
     * Runs {@code read} against full answers whatever this class's setting, then restores it: a sparse class learns
     * the seed's names this way, to find its resources by the names the full class uses.
     */
    public <T> T withFullAnswers(Supplier<T> read) {
        SandboxConfig current = server.config();
        server.configure(current.withSparseResponses(false));
        try {
            return read.get();
        } finally {
            server.configure(current);
        }
    }

    /** The ids of a service's resources in us-east-1 by their names in full answers (the first of equal names). */
    public Map<String, String> idsByName(AwsService service) {
        return withFullAnswers(() -> adapters().get(service).listResources().stream()
                .collect(Collectors.toMap(Resource::name, Resource::id, (first, second) -> first)));
    }

    /** Changes the configuration for the current test (it is restored before the next one). */
    public void configure(UnaryOperator<SandboxConfig> change) {
        server.configure(change.apply(server.config()));
    }

    /** Requests counted so far, by {@code service:Operation}. */
    public long count(String operationKey) {
        return server.stats().snapshot().getOrDefault(operationKey, 0L);
    }
}
