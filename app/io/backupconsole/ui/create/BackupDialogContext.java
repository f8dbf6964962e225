package io.backupconsole.ui.create;

import io.backupconsole.tracking.BackupSubmitter;
import io.backupconsole.tracking.JobJournal;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.common.ConnectionContext;
import io.backupconsole.ui.common.Ticker;
import java.time.Clock;

/**
 * What every create-backup dialog needs from the app.
 *
 * @param connection the current connection's adapters
 * @param async      background work with results on the FX thread
 * @param submitter  sends requests safely (journal first, tokens reused)
 * @param journal    the tracked jobs, to refuse a second backup of a resource while one is running
 * @param ticker     timing for debounced checks (a manual ticker in tests)
 * @param clock      "now", e.g. for default snapshot names
 */
public record BackupDialogContext(
        ConnectionContext connection,
        Async async,
        BackupSubmitter submitter,
        JobJournal journal,
        Ticker ticker,
        Clock clock) {}
