package io.backupconsole.tracking;

import io.backupconsole.aws.BackupStarter;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.JobProgress;
import io.backupconsole.domain.ServiceFailure;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a user's backup request so that it can never make two backups, and never loses one:
 * <ol>
 *   <li>the job, with its idempotency token, is written to the journal before the create call;</li>
 *   <li>services with a token (FSx, AWS Backup) are simply sent again with the same token on a retry;</li>
 *   <li>services without one (OpsWorks CM, Lightsail) are searched for what the request made after any failure
 *       (the SDK may have retried a call whose first answer was lost) before the failure is believed;</li>
 *   <li>a request the service refused outright is removed from the journal; one whose outcome is unknown stays
 *       SUBMITTING and is reported as {@link SubmitUncertain}. Which is which is decided by the failure
 *       ({@link ServiceFailure#mayHaveTakenEffect()}: only a 5xx answer, a timeout or a lost connection leave a send
 *       uncertain; any 4xx answer and a request never sent are refusals). A resend whose earlier send was uncertain
 *       is settled only by a refusal that judges the request itself ({@link ServiceFailure#settlesEarlierSends()}):
 *       being throttled, denied or unable to connect now says nothing about what the earlier send did.</li>
 * </ol>
 * The SDK's retries are not multiplied: each send is one SDK call, and only the user (or a restart) sends again.
 * Blocking: background executor only. Thread-safe (the journal serialises writes).
 */
public final class BackupSubmitter {
    private static final Logger LOG = LoggerFactory.getLogger(BackupSubmitter.class);
    private final JobJournal journal;
    private final Clock clock;

    public BackupSubmitter(JobJournal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * Journals a new job for {@code request} and sends it.
     *
     * @param connection the connection key the job belongs to ("sandbox" or a profile name)
     * @return the job, RUNNING with the service's id
     * @throws ServiceFailure   when the service refused the request (nothing was made; the job is forgotten)
     * @throws SubmitUncertain  when the outcome is unknown (the job stays journalled; retry it)
     * @throws JournalUnwritable when the job could not be journalled: nothing was sent, since a backup the app
     *                           cannot track could be made twice by a retry after a restart
     */
    public TrackedJob submit(BackupStarter starter, String connection, String region, BackupRequest request) {
        TrackedJob job = TrackedJob.submitting(connection, region, request, clock.instant());
        journal.record(job);
        return send(starter, job, false);
    }

    /**
     * Sends a SUBMITTING job again: with the same token where the service takes one, and for the others only after
     * looking for what the earlier send made. The same outcomes as {@link #submit}.
     */
    public TrackedJob retry(BackupStarter starter, TrackedJob job) {
        if (job.progress().outcome() != JobOutcome.SUBMITTING) {
            throw new IllegalArgumentException("Only a job still submitting can be sent again: " + job.id());
        }
        if (!starter.idempotent()) {
            // No token: an earlier send may have taken effect although its answer (and the lookup) failed.
            Optional<String> made;
            try {
                made = starter.findStarted(job.request(), job.startedAt());
            } catch (ServiceFailure lookupFailed) {
                throw new SubmitUncertain(job, lookupFailed);
            }
            if (made.isPresent()) {
                return started(job, made.get());
            }
        }
        return send(starter, job, true);
    }

    /** @param resend whether an earlier send of this job was uncertain (it may have made the backup) */
    private TrackedJob send(BackupStarter starter, TrackedJob job, boolean resend) {
        Instant requestedAt = clock.instant();
        try {
            return started(job, starter.start(job.request()));
        } catch (ServiceFailure failure) {
            boolean uncertain = resend ? !failure.settlesEarlierSends() : failure.mayHaveTakenEffect();
            if (!starter.idempotent()) {
                // Belt and braces: what the SDK's own retries may have made, should the failure say too little.
                Optional<String> made = Optional.empty();
                try {
                    made = starter.findStarted(job.request(), earlier(job.startedAt(), requestedAt));
                } catch (ServiceFailure lookupFailed) {
                    if (uncertain) {
                        throw new SubmitUncertain(job, failure);
                    }
                }
                if (made.isPresent()) {
                    return started(job, made.get());
                }
            }
            if (uncertain) {
                LOG.warn(
                        "Job {} ({} {} of {}): no certain answer ({}), kept to resend",
                        job.id(),
                        job.service().id(),
                        job.region(),
                        job.resourceId(),
                        failure.getMessage());
                throw new SubmitUncertain(job, failure);
            }
            LOG.info(
                    "Job {} ({} {} of {}) refused: {}",
                    job.id(),
                    job.service().id(),
                    job.region(),
                    job.resourceId(),
                    failure.getMessage());
            journal.remove(job.id());
            throw failure;
        }
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private TrackedJob started(TrackedJob job, String serviceJobId) {
        Instant now = clock.instant();
        TrackedJob running = job.withServiceJobId(serviceJobId)
                .withProgress(new JobProgress(JobOutcome.RUNNING, "", null, null, "", now));
        try {
            journal.record(running);
        } catch (JournalUnwritable failure) {
            // The journal still holds it as submitting, so a restart finds this backup instead of making another.
            throw new JournalUnwritable(
                    job.service().displayName() + " started the backup (" + serviceJobId
                            + "), but " + failure.getMessage()
                            + " It stays recorded as submitting: once the journal can be"
                            + " saved, the app finds this backup again without making a second one.",
                    failure.getCause());
        }
        LOG.info(
                "Job {} ({} {} of {}) started as {} on {}",
                job.id(),
                job.service().id(),
                job.region(),
                job.resourceId(),
                serviceJobId,
                job.connection());
        return running;
    }
}
