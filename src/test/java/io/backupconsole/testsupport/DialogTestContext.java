package io.backupconsole.testsupport;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.tracking.BackupSubmitter;
import io.backupconsole.tracking.JobJournal;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.common.ConnectionContext;
import io.backupconsole.ui.create.BackupDialogContext;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A {@link BackupDialogContext} for dialog view-model tests: synchronous executor, manual ticker, a journal in a
 * temporary folder, and the sandbox behind the real adapters (us-east-1).
 */
public final class DialogTestContext implements AutoCloseable {
    public final ConnectionContext connection = new ConnectionContext();
    public final ManualTicker ticker = new ManualTicker();
    public final JobJournal journal;
    public final BackupDialogContext context;
    public final ServiceAdapters adapters;

    public DialogTestContext(SandboxFixture sandbox, Path dataFolder) {
        journal = new JobJournal(dataFolder, Clock.systemUTC());
        journal.open();
        adapters = sandbox.connect("us-east-1");
        connection.connected(adapters);
        context = new BackupDialogContext(
                connection,
                Async.synchronous(),
                new BackupSubmitter(journal, Clock.systemUTC()),
                journal,
                ticker,
                Clock.systemUTC());
    }

    /** A resource of the service as listed now, by id. */
    public Resource resource(AwsService service, String id) {
        return adapters.get(service).findResource(id).orElseThrow();
    }

    /** The first resource of the service that can be backed up now. */
    public Resource eligible(AwsService service) {
        return adapters.get(service).listResources().stream()
                .filter(r -> r.eligibility().allowed())
                .findFirst()
                .orElseThrow();
    }

    @Override
    public void close() {
        adapters.close();
    }
}
