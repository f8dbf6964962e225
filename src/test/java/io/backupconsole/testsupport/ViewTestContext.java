package io.backupconsole.testsupport;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.Resource;
import io.backupconsole.storage.ResourceCache;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.common.BackUpAction;
import io.backupconsole.ui.common.ConnectionContext;
import io.backupconsole.ui.common.ViewContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ViewContext} for view-model tests: synchronous executor, manual ticker, scripted dialogs, the sandbox
 * behind the real adapters, and a record of which resources "Back up…" was asked for.
 */
public final class ViewTestContext {
    public final ConnectionContext connection = new ConnectionContext();
    public final ManualTicker ticker = new ManualTicker();
    public final ScriptedDialogs dialogs = new ScriptedDialogs();
    public final List<Resource> backUpRequests = new ArrayList<>();
    public final List<List<Resource>> bulkBackUpRequests = new ArrayList<>();
    public final ViewContext context;
    private final SandboxFixture sandbox;
    private ServiceAdapters adapters;

    public ViewTestContext(SandboxFixture sandbox) {
        this(sandbox, Clock.systemUTC());
    }

    /** @param clock the views' clock: a {@link MovableClock} for tests of their schedules */
    public ViewTestContext(SandboxFixture sandbox, Clock clock) {
        this.sandbox = sandbox;
        this.context = new ViewContext(
                connection,
                Async.synchronous(),
                ticker,
                clock,
                dialogs,
                new BackUpAction() {
                    @Override
                    public void open(Resource resource, Runnable whenStarted) {
                        backUpRequests.add(resource);
                    }

                    @Override
                    public void openBulk(List<Resource> resources, Runnable whenStarted) {
                        bulkBackUpRequests.add(List.copyOf(resources));
                    }
                },
                ResourceCache.none());
    }

    /** Connects to the sandbox in a region through real SDK clients (closing the previous ones). */
    public void connect(String region) {
        if (adapters != null) {
            adapters.close();
        }
        adapters = sandbox.connect(region);
        connection.connected(adapters);
    }

    public void close() {
        if (adapters != null) {
            adapters.close();
        }
    }
}
