package io.backupconsole.tracking;

import io.backupconsole.domain.ServiceFailure;
import java.time.Duration;
import java.time.Instant;

/**
 * What the tracker knows of one group of jobs (one service, connection and region) between polls: when it is due,
 * its failures in a row and their last problem, and whether its connection has become unreachable.
 *
 * <p>"Unreached since" lives here, in memory, and is not journalled: the {@link #UNREACHABLE_AFTER} count from when
 * <em>this</em> process first failed to reach the connection. That is the simplest rule and an honest one (this
 * process has itself tried for that long), and a restart of the window or of {@code jobs --watch} gives every
 * connection a fresh try, which is how an unreachable job is resumed by hand. A journalled time would also have to
 * be shared by the window and the headless commands, which reach the same connection with different credentials
 * and at different times.
 *
 * <p>Threading: written by the polling thread (the tracker's synchronized cycles); {@code due} also by any thread
 * that asks for a poll, and everything read from any thread: hence volatile.
 */
final class GroupState {
    /** How long a connection may go unreached before its jobs are reported unreachable. */
    static final Duration UNREACHABLE_AFTER = Duration.ofMinutes(3);

    volatile Instant due = Instant.MIN;
    volatile int failures;
    volatile String problem = "";
    /** When the first of the tries in a row that did not reach the connection was made; null once one reaches it. */
    private volatile Instant unreachedSince;
    /** The verdict: why the connection cannot be reached, once unreached for {@link #UNREACHABLE_AFTER}; else "". */
    private volatile String unreachable = "";

    /** The service answered, whatever it said (a throttle or a server error is an answer: the connection works). */
    void reached() {
        unreachedSince = null;
    }

    /** A try that did not get to the service: connection refused, DNS, the profile gone, credentials refused. */
    private void unreached(Instant now, String reason) {
        if (unreachedSince == null) {
            unreachedSince = now;
        }
        problem = reason;
    }

    /**
     * Whether a failure came from the service, i.e. the connection works: an answer of any kind, throttling and
     * server errors included. Not reached: the connection could not be made (refused, DNS, TLS: NETWORK), its
     * credentials were refused or could not be had (ACCESS_DENIED), or the connection could not even be built (its
     * profile gone from the AWS files, a failing credential_process: IllegalStateException, as
     * {@link AdaptersProvider} documents).
     */
    static boolean reachedTheService(RuntimeException failure) {
        if (failure instanceof ServiceFailure service) {
            return service.kind() != ServiceFailure.Kind.NETWORK && service.kind() != ServiceFailure.Kind.ACCESS_DENIED;
        }
        return !(failure instanceof IllegalStateException);
    }

    /** A failed try (a poll or a resend): an answer that says no, or a try that did not get to the service. */
    void failed(RuntimeException failure, Instant now) {
        String reason = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        if (reachedTheService(failure)) {
            reached();
            problem = reason;
        } else {
            unreached(now, reason);
        }
    }

    /**
     * When the next try is due after a failure at {@code now}: after the backoff, but not after the end of the grace
     * period, so that the verdict rests on a try made then and not on one made minutes before it.
     */
    Instant nextTry(Instant now, Duration backoff) {
        Instant backedOff = now.plus(backoff);
        Instant since = unreachedSince;
        if (since == null) {
            return backedOff;
        }
        Instant deadline = since.plus(UNREACHABLE_AFTER);
        return deadline.isAfter(now) && deadline.isBefore(backedOff) ? deadline : backedOff;
    }

    /**
     * Decides, after the cycle's tries, whether the connection is unreachable now.
     *
     * @return true when the verdict changed (it became unreachable, or it was reached again)
     */
    boolean judge(Instant now) {
        Instant since = unreachedSince;
        String verdict = since != null && !now.isBefore(since.plus(UNREACHABLE_AFTER)) ? problem : "";
        if (verdict.equals(unreachable)) {
            return false;
        }
        boolean flipped = verdict.isEmpty() || unreachable.isEmpty();
        unreachable = verdict;
        return flipped;
    }

    /** Why the group's connection cannot be reached, or "" while it can (or has not failed for long enough). */
    String unreachable() {
        return unreachable;
    }
}
