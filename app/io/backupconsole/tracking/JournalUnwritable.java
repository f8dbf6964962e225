package io.backupconsole.tracking;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The job journal could not be saved (disk full, folder read-only or locked away). The file on disk still holds the
 * last good journal; the message says what failed and what to do, ready to show. A backup whose first journal write
 * failed was not sent ({@link BackupSubmitter#submit}): the app never makes a backup it could not track.
 */
public final class JournalUnwritable extends UncheckedIOException {
    public JournalUnwritable(String message, IOException cause) {
        super(message, cause);
    }
}
