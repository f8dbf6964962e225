package io.backupconsole.ui.create;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.tracking.BackupSubmitter;
import io.backupconsole.tracking.JobJournal;
import io.backupconsole.tracking.JournalUnwritable;
import io.backupconsole.tracking.SubmitUncertain;
import io.backupconsole.tracking.TrackedJob;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The background half of a {@link SubmitFlow}: the preflight of every first send (one re-read of the service's
 * resources for the whole batch, then the dialog's own check), and one safe submit, or the identical resend, per
 * resource, one after another. Blocking: background executor only. It reads only the immutable attempts it is given,
 * never a line's state.
 */
final class BatchSender {
    /**
     * One resource to send: a new request, or the uncertain job to send again exactly as it is (then no preflight:
     * the backup may already exist, and only the service can say).
     */
    record Attempt(SubmitLine line, BackupRequest request, TrackedJob uncertain) {}

    record Result(SubmitLine line, SendOutcome outcome) {}

    private final ServiceAdapters adapters;
    private final BackupSubmitter submitter;
    private final JobJournal journal;
    private final SubmitFlow.ServiceCheck check;
    private final Map<AwsService, Map<String, Resource>> current = new HashMap<>();

    BatchSender(
            ServiceAdapters adapters, BackupSubmitter submitter, JobJournal journal, SubmitFlow.ServiceCheck check) {
        this.adapters = adapters;
        this.submitter = submitter;
        this.journal = journal;
        this.check = check;
    }

    /**
     * @throws ServiceFailure when the resources could not be re-read: nothing was sent (a send that was made is
     *     always reported in its line, never lost to a later failure)
     */
    List<Result> sendAll(List<Attempt> attempts) {
        attempts.stream()
                .filter(attempt -> attempt.uncertain() == null)
                .forEach(attempt -> currentOf(attempt.line().resource().service()));
        return attempts.stream()
                .map(attempt -> new Result(attempt.line(), send(attempt)))
                .toList();
    }

    private SendOutcome send(Attempt attempt) {
        Resource resource = attempt.line().resource();
        try {
            if (attempt.uncertain() != null) {
                return SendOutcome.started(submitter.retry(adapters.starter(resource.service()), attempt.uncertain()));
            }
            Optional<String> notNow = Preflight.refusal(
                    journal,
                    resource,
                    Optional.ofNullable(currentOf(resource.service()).get(resource.id())));
            if (notNow.isPresent()) {
                return SendOutcome.notNow(notNow.get());
            }
            Optional<String> refusedByCheck = check.refusal(adapters, attempt.request());
            if (refusedByCheck.isPresent()) {
                return SendOutcome.checkRefused(refusedByCheck.get());
            }
            return SendOutcome.started(submitter.submit(
                    adapters.starter(resource.service()),
                    adapters.connection().key(),
                    adapters.connection().region(),
                    attempt.request()));
        } catch (SubmitUncertain uncertain) {
            return SendOutcome.uncertain(uncertain);
        } catch (ServiceFailure refused) {
            return SendOutcome.refused(refused);
        } catch (JournalUnwritable unsaved) {
            return SendOutcome.unsaved(unsaved, attempt.uncertain());
        }
    }

    /** The service's resources as they are now, by id: listed once per batch. */
    private Map<String, Resource> currentOf(AwsService service) {
        return current.computeIfAbsent(
                service,
                each -> adapters.get(each).listResources().stream()
                        .collect(Collectors.toMap(Resource::id, Function.identity(), (a, b) -> a)));
    }
}
