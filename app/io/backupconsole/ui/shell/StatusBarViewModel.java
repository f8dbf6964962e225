package io.backupconsole.ui.shell;

import io.backupconsole.domain.JobOutcome;
import io.backupconsole.tracking.TrackedJob;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableStringValue;

/**
 * The status bar's own state: how many backups are running and how many cannot be reached (fed by the job tracker),
 * and a notice for the user (settings or profile files that could not be read) that stays until dismissed. FX thread
 * only.
 */
public final class StatusBarViewModel {
    private final IntegerProperty runningBackups = new SimpleIntegerProperty(0);
    private final IntegerProperty unreachableBackups = new SimpleIntegerProperty(0);
    private final StringBinding runningBackupsText = Bindings.createStringBinding(
            () -> describeRunning(runningBackups.get(), unreachableBackups.get()), runningBackups, unreachableBackups);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private Runnable activityOpener = () -> {};

    // Properties

    /** Input: the number of backups in progress. The job tracker binds or sets it on the FX thread. */
    public IntegerProperty runningBackupsProperty() {
        return runningBackups;
    }

    /** Input: the number of unfinished backups whose connection cannot be reached; not counted as running. */
    public IntegerProperty unreachableBackupsProperty() {
        return unreachableBackups;
    }

    /** "No backups running", "1 backup running", "3 backups running", "2 running · 1 unreachable". */
    public ObservableStringValue runningBackupsTextProperty() {
        return runningBackupsText;
    }

    /** The notice to show, or empty when there is none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    // Commands

    /**
     * Adds a notice; several notices are shown together, one a line. A notice already shown is not repeated (a disk
     * that stays full fails every save the same way).
     */
    public void showNotice(String message) {
        if (message == null || message.isBlank() || notice.get().lines().anyMatch(message::equals)) {
            return;
        }
        notice.set(notice.get().isEmpty() ? message : notice.get() + "\n" + message);
    }

    /**
     * The tracker's news, once per poll cycle: the running and unreachable counts from every job, and a line for
     * each job that just ended badly, saying what and how.
     *
     * @param all         every tracked job now
     * @param changed     the jobs that changed in this cycle
     * @param unreachable the ids of the unfinished jobs whose connection the tracker reports unreachable
     */
    public void jobsChanged(List<TrackedJob> all, List<TrackedJob> changed, Set<String> unreachable) {
        int unfinished = (int) all.stream().filter(job -> !job.isFinished()).count();
        int cannotBeReached = (int) all.stream()
                .filter(job -> !job.isFinished() && unreachable.contains(job.id()))
                .count();
        runningBackups.set(unfinished - cannotBeReached);
        unreachableBackups.set(cannotBeReached);
        // Successes are told by the desktop notification and the activity window; what went wrong also stays here.
        changed.stream()
                .filter(TrackedJob::isFinished)
                .filter(job -> job.progress().outcome() != JobOutcome.SUCCEEDED)
                .forEach(job -> showNotice(describeEnd(job)));
    }

    /** "Backup of corp-shares (FSx) succeeded." or "... failed: reason". */
    static String describeEnd(TrackedJob job) {
        String what = "Backup of " + job.resourceName() + " (" + job.service().displayName() + ")";
        String message =
                job.progress().message().isEmpty() ? "" : ": " + job.progress().message();
        return switch (job.progress().outcome()) {
            case SUCCEEDED -> what + " succeeded.";
            case COMPLETED_WITH_ISSUES -> what + " completed with issues" + message;
            case FAILED -> what + " failed" + message;
            case ABORTED -> what + " was stopped" + message;
            case EXPIRED -> what + " expired before it could start" + message;
            default -> what + " is " + job.progress().stateText();
        };
    }

    /** Opens the activity window (View menu, toolbar, the running-backups badge); set by the composition root. */
    public void showActivity() {
        activityOpener.run();
    }

    public void setActivityOpener(Runnable opener) {
        this.activityOpener = opener;
    }

    public void dismissNotice() {
        notice.set("");
    }

    static String describeRunning(int count, int unreachable) {
        if (unreachable > 0) {
            return count == 0
                    ? unreachable + (unreachable == 1 ? " backup unreachable" : " backups unreachable")
                    : count + " running · " + unreachable + " unreachable";
        }
        return switch (count) {
            case 0 -> "No backups running";
            case 1 -> "1 backup running";
            default -> count + " backups running";
        };
    }
}
