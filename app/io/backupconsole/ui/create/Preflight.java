package io.backupconsole.ui.create;

import io.backupconsole.domain.Resource;
import io.backupconsole.tracking.JobJournal;
import io.backupconsole.tracking.TrackedJob;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The checks made right before a backup is sent, for the single and the bulk dialogs alike: no backup of the
 * resource that this app started is still running, the resource still exists, and its state (re-read just now)
 * still allows a backup — which covers the service's own limits (OpsWorks CM's 50 manual backups) and a backup
 * started elsewhere (BACKING_UP, backing-up, an active AWS Backup job). Reads memory only; any thread.
 */
final class Preflight {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private Preflight() {}

    /**
     * Why {@code resource} must not be backed up now, in words that complete "Cannot back up now: …", or empty.
     *
     * @param now the resource as the service lists it right now, or empty when it is gone
     */
    static Optional<String> refusal(JobJournal journal, Resource resource, Optional<Resource> now) {
        Optional<TrackedJob> running = journal.jobs().stream()
                .filter(job -> !job.isFinished()
                        && job.service() == resource.service()
                        && job.resourceId().equals(resource.id()))
                .findFirst();
        if (running.isPresent()) {
            return Optional.of("a backup of " + resource.name() + " started by this app at "
                    + TIME.format(running.get().startedAt()) + " is still running");
        }
        if (now.isEmpty()) {
            return Optional.of(resource.name() + " no longer exists");
        }
        return now.get().eligibility().allowed()
                ? Optional.empty()
                : Optional.of(now.get().eligibility().reason());
    }
}
