package io.backupconsole.ui.activity;

import io.backupconsole.tracking.TrackedJob;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * A desktop notification when a backup ends, saying what and how; errors stay longer. Registered on
 * {@link ActivityViewModel#onJobEnded}. FX thread only (ControlsFX builds its popup there).
 */
public final class JobEndNotifier {
    private JobEndNotifier() {}

    public static void notify(TrackedJob job) {
        String what = job.resourceName() + " (" + job.service().displayName() + ")";
        String message =
                job.progress().message().isBlank() ? "" : "\n" + job.progress().message();
        Notifications notification = Notifications.create().text(what + message);
        switch (job.progress().outcome()) {
            case SUCCEEDED ->
                notification
                        .title("Backup succeeded")
                        .hideAfter(Duration.seconds(6))
                        .showInformation();
            case COMPLETED_WITH_ISSUES ->
                notification
                        .title("Backup completed with issues")
                        .hideAfter(Duration.seconds(15))
                        .showWarning();
            case ABORTED ->
                notification
                        .title("Backup stopped")
                        .hideAfter(Duration.seconds(10))
                        .showWarning();
            case EXPIRED ->
                notification
                        .title("Backup expired before it started")
                        .hideAfter(Duration.seconds(15))
                        .showError();
            default ->
                notification
                        .title("Backup failed")
                        .hideAfter(Duration.seconds(15))
                        .showError();
        }
    }
}
