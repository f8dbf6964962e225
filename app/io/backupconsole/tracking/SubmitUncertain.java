package io.backupconsole.tracking;

import io.backupconsole.domain.ServiceFailure;

/**
 * A create call whose outcome is unknown (a 5xx answer, a timeout, a connection lost after the request may have been
 * sent; or a resend of such a call that was refused for a reason that says nothing about the earlier send, such as
 * throttling), and for which nothing was found that it made. The job stays in the journal as SUBMITTING, so a
 * restart resumes it; send it again with {@link BackupSubmitter#retry}, which reuses its token.
 */
public final class SubmitUncertain extends RuntimeException {
    private final transient TrackedJob job;

    SubmitUncertain(TrackedJob job, ServiceFailure cause) {
        super(cause.getMessage(), cause);
        this.job = job;
    }

    /** The job as journalled, to retry. */
    public TrackedJob job() {
        return job;
    }

    /** What went wrong on the last attempt. */
    public ServiceFailure failure() {
        return (ServiceFailure) getCause();
    }
}
