package io.backupconsole.aws;

import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.JobProgress;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * How one service reports the progress of many backups at once: in as few calls as the service allows (a batch, a
 * listing), never one call per job, so the calls per minute grow with services and regions, not with jobs.
 * Blocking network calls: background only. Failures arrive as {@link io.backupconsole.domain.ServiceFailure}.
 */
public interface JobPoller {

    /**
     * @param serviceJobIds the service's ids of the jobs to read (BackupId, BackupJobId, snapshot name)
     * @param oldestStart   when the oldest of them was started (lets a listing stop early)
     * @param now           the observation time to stamp on the progress
     * @return progress by service job id; an id missing from the map was not found by the service
     */
    Map<String, JobProgress> poll(Collection<String> serviceJobIds, Instant oldestStart, Instant now);

    /** For pollers that read a whole listing: the progress of the wanted backups in it, by id. */
    static Map<String, JobProgress> progressOfWanted(
            List<BackupSummary> listing,
            Collection<String> serviceJobIds,
            Instant now,
            BiFunction<BackupSummary, Instant, JobProgress> progressOf) {
        Set<String> wanted = Set.copyOf(serviceJobIds);
        Map<String, JobProgress> progress = new HashMap<>();
        listing.stream()
                .filter(backup -> wanted.contains(backup.id()))
                .forEach(backup -> progress.put(backup.id(), progressOf.apply(backup, now)));
        return progress;
    }
}
