package io.backupconsole.cli;

import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.credentials.ProfileNotFoundException;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.FailureText;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.domain.rules.AwsBackupRules;
import io.backupconsole.domain.rules.Violation;
import io.backupconsole.tracking.BackupSubmitter;
import io.backupconsole.tracking.JobJournal;
import io.backupconsole.tracking.JobTracker;
import io.backupconsole.tracking.JournalUnwritable;
import io.backupconsole.tracking.PollCadence;
import io.backupconsole.tracking.SubmitUncertain;
import io.backupconsole.tracking.TrackedJob;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code backup-console backup …}: one backup, by the app's own engine. Checked by the dialogs' rules (exit 2,
 * nothing sent; a profile that does not exist is exit 2 too), then against the service (exit 1 when it cannot be
 * backed up now, or the service, the network or the credentials fail: one {@code error:} line), then sent by
 * {@link BackupSubmitter} into the app's job journal, so the app and {@code jobs} see it and a lost answer never
 * makes two backups. With {@code --wait} it is followed to its end.
 */
public final class BackupCommand {
    /** Sends in all when the service's answer is lost: the first, and resends with the same token. */
    static final int SENDS = 3;

    private final CommandContext context;

    public BackupCommand(CommandContext context) {
        this.context = context;
    }

    public int run(Options options) throws InterruptedException {
        BackupRequests.Built built = BackupRequests.build(
                context.services(), options.backup(), context.clock().instant());
        if (!built.problems().isEmpty()) {
            return invalid(built.problems());
        }
        CommandConnection connection;
        try {
            connection = CommandConnection.open(options, context);
        } catch (IllegalArgumentException badEndpoint) {
            return invalid(List.of(new Violation("--endpoint-url", badEndpoint.getMessage())));
        } catch (ProfileNotFoundException missing) {
            context.err().println("error: " + FailureText.oneLine(missing.getMessage()));
            return 2;
        } catch (ServiceFailure unusable) {
            return refused(describe(unusable));
        }
        try (connection) {
            BackupPreflight.Outcome checked = BackupPreflight.check(connection.adapters(), built.request());
            checked.warnings().forEach(warning -> context.err().println("warning: " + warning));
            if (checked.refusal().isPresent()) {
                return refused(checked.refusal().get());
            }
            if (!checked.problems().isEmpty()) {
                return invalid(checked.problems());
            }
            return submit(connection, checked.request(), options.backup().await(), options.timeout());
        } catch (ServiceFailure failure) {
            return refused(describe(failure));
        } catch (JournalUnwritable unsaved) {
            return refused(unsaved.getMessage());
        }
    }

    /** @param timeout with {@code await}: how long to follow the backup at most, null for no bound */
    private int submit(CommandConnection connection, BackupRequest request, boolean await, Duration timeout)
            throws InterruptedException {
        if (request.awsBackup() != null) {
            AwsBackupRules.roleNameWarning(request.awsBackup().iamRoleArn())
                    .ifPresent(warning -> context.err().println("warning: " + warning));
        }
        JobJournal journal = new JobJournal(context.dataFolder(), context.clock());
        journal.onNotice(notice -> context.err().println("warning: " + notice));
        journal.open().notice().ifPresent(notice -> context.err().println("warning: " + notice));
        BackupSubmitter submitter = new BackupSubmitter(journal, context.clock());
        ServiceAdapters adapters = connection.adapters();
        TrackedJob job;
        try {
            job = send(submitter, adapters, connection, request);
        } catch (SubmitUncertain uncertain) {
            context.out().println("job-id: " + uncertain.job().id());
            return refused("no answer from " + request.service().displayName() + " after " + SENDS + " sends ("
                    + uncertain.getMessage() + "). The request is kept as job "
                    + uncertain.job().id()
                    + " and sent again with the same token by `backup-console jobs --watch` or the app, so it"
                    + " cannot make a second backup.");
        }
        context.out().println("job-id: " + job.id());
        context.out().println("service-id: " + job.serviceJobId());
        context.out().flush();
        if (!await) {
            return 0;
        }
        JobTracker tracker = new JobTracker(
                journal,
                (key, region) -> {
                    if (key.equals(connection.key()) && region.equals(connection.region())) {
                        return adapters;
                    }
                    // Other connections' jobs in the journal are the app's or `jobs --watch`'s business.
                    throw new IllegalStateException("not followed by this command");
                },
                submitter,
                context.clock(),
                new PollCadence(new SplittableRandom()));
        tracker.started(job);
        JobFollower.Followed followed;
        try (var notice = context.interrupts()
                .onInterrupt(() -> context.err()
                        .println("\ninterrupted: job " + job.id() + " (" + job.serviceJobId()
                                + ") goes on and stays tracked;"
                                + " `backup-console jobs --watch` or the app follows it."))) {
            followed = new JobFollower(context).follow(tracker, job.id(), timeout);
        }
        if (followed.timedOut()) {
            return refused("--timeout " + JobsCommand.duration(timeout) + " passed while following job "
                    + job.id() + " (" + job.serviceJobId() + "), which has not ended: it goes on and stays tracked;"
                    + " `backup-console jobs --watch` or the app follows it.");
        }
        if (!followed.unreachable().isEmpty()) {
            return refused(request.service().displayName() + " could not be reached for "
                    + JobTracker.UNREACHABLE_AFTER.toMinutes() + " minutes while following job " + job.id() + " ("
                    + job.serviceJobId() + "): " + followed.unreachable() + ". The backup stays tracked;"
                    + " `backup-console jobs --watch` or the app follows it once it can be reached.");
        }
        return outcome(followed.job());
    }

    /** The first send, then resends with the same token (or a search, for services without one). */
    private TrackedJob send(
            BackupSubmitter submitter, ServiceAdapters adapters, CommandConnection connection, BackupRequest request)
            throws InterruptedException {
        var starter = adapters.starter(request.service());
        try {
            return submitter.submit(starter, connection.key(), connection.region(), request);
        } catch (SubmitUncertain uncertain) {
            SubmitUncertain last = uncertain;
            for (int send = 2; send <= SENDS; send++) {
                Thread.sleep(context.tick().multipliedBy(4L * (send - 1)));
                try {
                    return submitter.retry(starter, last.job());
                } catch (SubmitUncertain again) {
                    last = again;
                }
            }
            throw last;
        }
    }

    private int outcome(TrackedJob job) {
        JobOutcome outcome = job.progress().outcome();
        context.out().println("outcome: " + outcome);
        if (outcome == JobOutcome.SUCCEEDED) {
            return 0;
        }
        String message = job.progress().message();
        return refused("the backup ended " + outcome + (message.isBlank() ? "." : ": " + message));
    }

    private int invalid(List<Violation> problems) {
        problems.forEach(problem -> context.err().println("error: " + problem.field() + ": " + problem.message()));
        return 2;
    }

    private int refused(String reason) {
        context.err().println("error: " + FailureText.oneLine(reason));
        return 1;
    }

    private static String describe(ServiceFailure failure) {
        String field = failure.field().isBlank() ? "" : failure.field() + ": ";
        String code = failure.errorCode().isBlank() ? "" : " (" + failure.errorCode() + ")";
        return field + failure.getMessage() + code;
    }
}
