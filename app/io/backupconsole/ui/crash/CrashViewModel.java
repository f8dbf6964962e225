package io.backupconsole.ui.crash;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * State of the unexpected-error dialog. One dialog at a time: errors that arrive while it is open are counted and,
 * when new, added to its report; an error the user already dismissed is counted in the log only, so a failure that
 * repeats every second cannot bring up a dialog storm. FX thread only.
 */
public final class CrashViewModel {
    private final Clock clock;
    private final String appVersion;
    private final Path logFile;
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper occurrences = new ReadOnlyIntegerWrapper(0);
    private final Set<String> shownSignatures = new HashSet<>();
    private final Set<String> dismissed = new HashSet<>();
    private boolean open;

    public CrashViewModel(Clock clock, String appVersion, Path logFile) {
        this.clock = clock;
        this.appVersion = appVersion;
        this.logFile = logFile;
    }

    /**
     * Takes an uncaught error.
     *
     * @return true when a dialog should be opened now (none is open and the error was not dismissed before)
     */
    public boolean record(Throwable error, String thread) {
        CrashReport crash = CrashReport.of(error, thread, clock.instant(), appVersion, logFile);
        if (open) {
            occurrences.set(occurrences.get() + 1);
            if (shownSignatures.add(crash.signature())) {
                report.set(report.get() + "\n---- and then ----\n\n" + crash.text());
            }
            return false;
        }
        if (dismissed.contains(crash.signature())) {
            return false;
        }
        open = true;
        shownSignatures.clear();
        shownSignatures.add(crash.signature());
        headline.set(crash.headline());
        report.set(crash.text());
        occurrences.set(1);
        return true;
    }

    /** The dialog was closed: its errors are not shown again this session (they are still logged). */
    public void closed() {
        open = false;
        dismissed.addAll(shownSignatures);
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** How many uncaught errors arrived since the dialog opened (1 = just the one shown). */
    public ReadOnlyIntegerProperty occurrencesProperty() {
        return occurrences.getReadOnlyProperty();
    }

    public Path logFile() {
        return logFile;
    }

    public Path logFolder() {
        return logFile.getParent();
    }

    public boolean isOpen() {
        return open;
    }
}
