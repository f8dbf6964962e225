package io.backupconsole.sandbox;

import com.sun.net.httpserver.HttpServer;
import io.backupconsole.sandbox.awsbackup.AwsBackupSimulator;
import io.backupconsole.sandbox.fsx.FsxSimulator;
import io.backupconsole.sandbox.lightsail.LightsailSimulator;
import io.backupconsole.sandbox.opsworkscm.OpsWorksCmSimulator;
import io.backupconsole.sandbox.sso.SsoDirectory;
import io.backupconsole.sandbox.sso.SsoOidcSimulator;
import io.backupconsole.sandbox.sso.SsoPortalSimulator;
import io.backupconsole.sandbox.sts.StsSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The built-in AWS endpoint: one HTTP port on 127.0.0.1 that speaks OpsWorks CM, FSx and Lightsail (AWS JSON 1.1)
 * and AWS Backup (REST-JSON), plus what signing in needs: IAM Identity Center's OIDC and portal (REST-JSON) and STS
 * (AWS Query), and the admin API under {@code /_sandbox/}. Requests are served on virtual threads.
 */
public final class Sandbox implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService requestThreads;
    private final SandboxClock clock;
    private final RequestStats stats = new RequestStats();
    private final List<ServiceSimulator> simulators;
    private final SimulationContext context;
    private final FaultInjector faults;
    private final SsoDirectory ssoDirectory;
    private volatile SandboxConfig config;

    private Sandbox(int port, SandboxConfig initial, List<Function<SimulationContext, ServiceSimulator>> extra)
            throws IOException {
        this.config = initial;
        this.clock = new SandboxClock(Instant.now(), initial.timeScale());
        this.context = new SimulationContext(clock, this::config);
        this.faults = new FaultInjector(this::config);
        this.ssoDirectory = new SsoDirectory(context);
        List<ServiceSimulator> all = new ArrayList<>(List.of(
                new OpsWorksCmSimulator(context),
                new FsxSimulator(context),
                new AwsBackupSimulator(context),
                new LightsailSimulator(context),
                new SsoOidcSimulator(ssoDirectory),
                new SsoPortalSimulator(ssoDirectory),
                new StsSimulator(context)));
        extra.forEach(simulator -> all.add(simulator.apply(context)));
        this.simulators = List.copyOf(all);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        this.requestThreads = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("sandbox-request-", 0).factory());
        server.setExecutor(requestThreads);
        server.createContext("/_sandbox/", new AdminApi(this));
        server.createContext("/", new Dispatcher(simulators, faults, stats, this::config));
        server.start();
    }

    /** Starts a sandbox on 127.0.0.1; port 0 picks a free port. */
    public static Sandbox start(int port, SandboxConfig config) {
        return start(port, config, List.of());
    }

    /**
     * As {@link #start(int, SandboxConfig)}, also simulating services the sandbox does not know (a service under
     * test): each is built on the sandbox's shared clock, randomness and configuration, reset with the others, and
     * found by its {@code X-Amz-Target} prefix (or REST route) after the built-in ones.
     */
    public static Sandbox start(
            int port, SandboxConfig config, List<Function<SimulationContext, ServiceSimulator>> extraSimulators) {
        try {
            return new Sandbox(port, config, extraSimulators);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the sandbox port " + port + " on 127.0.0.1", e);
        }
    }

    /** The endpoint URL to give AWS clients, e.g. {@code http://127.0.0.1:4566}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The address the server socket is bound to (always the loopback address). */
    public InetSocketAddress boundAddress() {
        return server.getAddress();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public SandboxConfig config() {
        return config;
    }

    public synchronized void configure(SandboxConfig newConfig) {
        SandboxConfig old = config;
        config = newConfig;
        if (old.timeScale() != newConfig.timeScale()) {
            clock.setTimeScale(newConfig.timeScale());
        }
        if (old.seed() != newConfig.seed()) {
            context.reseed();
            faults.reseed();
        }
    }

    public SandboxClock clock() {
        return clock;
    }

    /** IAM Identity Center's state: the admin API approves device sign-ins here, as the user would in a browser. */
    public SsoDirectory ssoDirectory() {
        return ssoDirectory;
    }

    public RequestStats stats() {
        return stats;
    }

    /** Restores every service's seed data, zeroes the counters and restarts the random streams. */
    public synchronized void reset() {
        for (ServiceSimulator simulator : simulators) {
            synchronized (simulator) {
                simulator.reset();
            }
        }
        stats.clear();
        context.reseed();
        faults.reseed();
    }

    @Override
    public void close() {
        server.stop(0);
        requestThreads.shutdownNow();
    }
}
