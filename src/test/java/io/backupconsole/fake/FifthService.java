package io.backupconsole.fake;

import io.backupconsole.ServiceCatalog;
import io.backupconsole.aws.ClientFactory;
import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.credentials.MfaCodePrompt;
import io.backupconsole.aws.fake.FakeModule;
import io.backupconsole.aws.http.HttpSettings;
import io.backupconsole.aws.http.HttpSettingsSource;
import io.backupconsole.sandbox.Sandbox;
import io.backupconsole.sandbox.fake.FakeSimulator;
import io.backupconsole.storage.UserHome;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.ui.fake.FakeUi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The app with a fifth service added the way a new service is added: its module and window part in one registry
 * line ({@link #CATALOG}), its simulator given to the sandbox. Everything else is the app's own code: the client
 * factory, the adapters, the tracker, the window's parts and the command line get the catalog passed in, as
 * {@code Main} passes the standard one. A JUnit extension: one sandbox per test class, reset before each test
 * (simulated time stands still: tests move the sandbox clock).
 */
final class FifthService implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    /** The one registry line of the fifth service. */
    static final ServiceCatalog CATALOG = ServiceCatalog.standard().register(new FakeModule(), FakeUi::new);

    private Sandbox sandbox;
    private ClientFactory factory;
    private ServiceAdapters adapters;

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox = Sandbox.start(0, SandboxFixture.TEST_CONFIG, List.of(FakeSimulator::new));
        factory = ClientFactory.forUser(
                CATALOG.services(),
                HttpSettingsSource.of(HttpSettings.none()),
                UserHome.current(),
                Map.of(),
                MfaCodePrompt.NONE);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        sandbox.configure(SandboxFixture.TEST_CONFIG.withTimeScale(1e-6));
        sandbox.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (adapters != null) {
            adapters.close();
        }
        factory.close();
        sandbox.close();
    }

    Sandbox sandbox() {
        return sandbox;
    }

    ClientFactory factory() {
        return factory;
    }

    Connection.Sandbox connection() {
        return new Connection.Sandbox(sandbox.endpoint(), "us-east-1");
    }

    /** The adapters of every registered service in us-east-1, shared by the class. */
    synchronized ServiceAdapters adapters() {
        if (adapters == null) {
            adapters = factory.connect(connection());
        }
        return adapters;
    }

    /** Requests the sandbox counted, by {@code service:Operation}. */
    long count(String key) {
        return sandbox.stats().snapshot().getOrDefault(key, 0L);
    }
}
