package io.backupconsole.ui.create;

import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.tracking.JournalUnwritable;
import io.backupconsole.tracking.SubmitUncertain;
import io.backupconsole.tracking.TrackedJob;
import io.backupconsole.ui.common.FailureMessages;

/**
 * What one resource's send came to, in the words of its result line and of the general message (which says it in
 * full when the submit has one resource, so no line is shown). Built in the background, applied on the FX thread.
 *
 * @param line      the result line, e.g. "Started (backup-0123)" or "Refused: …"
 * @param sentence  the same as a sentence for the general message; empty once started
 * @param started   the job the service accepted, or null
 * @param uncertain the job whose send got no clear answer, to send again exactly as it is; null when settled
 * @param refusal   the service's refusal, for a dialog that shows it next to the field it names; or null
 */
record SendOutcome(String line, String sentence, TrackedJob started, TrackedJob uncertain, ServiceFailure refusal) {

    static SendOutcome started(TrackedJob job) {
        return new SendOutcome("Started (" + job.serviceJobId() + ")", "", job, null, null);
    }

    /** The preflight said no, in words that complete "Cannot back up now: …": nothing was sent. */
    static SendOutcome notNow(String reason) {
        return new SendOutcome("Skipped: " + reason, "Cannot back up now: " + reason + ".", null, null, null);
    }

    /** The dialog's own check with the service said no, in a sentence of its own: nothing was sent. */
    static SendOutcome checkRefused(String sentence) {
        return new SendOutcome("Skipped: " + sentence, sentence, null, null, null);
    }

    /** Refused, and settled: nothing was made, not even by an earlier uncertain send. */
    static SendOutcome refused(ServiceFailure refusal) {
        String words = FailureMessages.describe(refusal);
        return new SendOutcome("Refused: " + words, words, null, null, refusal);
    }

    static SendOutcome uncertain(SubmitUncertain uncertain) {
        String why = FailureMessages.describe(uncertain.failure());
        return new SendOutcome(
                "No clear answer (" + why + "); Create sends the same request again",
                "No clear answer from the service (" + why + "). The backup may have started. Press Create to try "
                        + "again: the same request is sent, so no second backup is made.",
                null,
                uncertain.job(),
                null);
    }

    /**
     * The journal could not be saved. A job that was uncertain before stays so (the journal still holds it as
     * submitting): sending it again can never make a second backup, while a new request could.
     */
    static SendOutcome unsaved(JournalUnwritable failure, TrackedJob uncertainBefore) {
        String words = FailureMessages.describe(failure);
        return new SendOutcome(words, words, null, uncertainBefore, null);
    }
}
