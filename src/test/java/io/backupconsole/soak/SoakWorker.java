package io.backupconsole.soak;

import io.backupconsole.aws.ClientFactory;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.settings.Settings;
import io.backupconsole.settings.SettingsStore;
import io.backupconsole.testsupport.StandardServices;
import io.backupconsole.testsupport.TestClients;
import io.backupconsole.tracking.BackupSubmitter;
import io.backupconsole.tracking.ConnectionPool;
import io.backupconsole.tracking.JobJournal;
import io.backupconsole.tracking.JobTracker;
import io.backupconsole.tracking.PollCadence;
import io.backupconsole.tracking.SubmitUncertain;
import io.backupconsole.tracking.TrackedJob;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The soak's worker JVM, killed with SIGKILL at random moments and started again: the app's own engine
 * ({@link JobJournal}, {@link BackupSubmitter}, {@link JobTracker} over a {@link ConnectionPool}, as
 * {@code jobs --watch} and the window use them) working through the {@link SoakPlan}. On every start it first
 * resumes the journal (SUBMITTING jobs resent with their token or looked for, RUNNING ones polled), then asks for
 * the planned backups it has not journalled yet, at most one unfinished per resource (as a user would), and saves
 * the settings file on every cycle so kills land in its writes too. Exits 0 once every planned backup is journalled
 * and finished.
 *
 * <p>Before each submit it appends {@code begin <token>} to the intent log (plain append: a SIGKILL does not lose
 * what the process wrote), so the driver can tell how often a kill landed between the user's request and the
 * journal write. It asks only for the requests the driver has released so far ({@link SoakPacing}), so that it
 * cannot finish before the driver's last kill. Arguments: data folder, config folder, plan file, intent log, release
 * file.
 */
public final class SoakWorker {
    private static final Duration TICK = Duration.ofMillis(250);
    /** Sends of a still-SUBMITTING job are retried this often (the window's "retry", jobs --watch's resend). */
    private static final Duration RESEND_EVERY = Duration.ofSeconds(2);
    /** Refusals of one request (in one life of the worker) before it is left alone. */
    private static final int MAX_REFUSALS = 3;

    private SoakWorker() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path config = Path.of(args[1]);
        SoakPlan plan = SoakPlan.read(Path.of(args[2]));
        Path intents = Path.of(args[3]);
        Path release = Path.of(args[4]);
        PrintStream out = System.out;
        Clock clock = Clock.systemUTC();
        JobJournal journal = new JobJournal(data, clock);
        journal.open().notice().ifPresent(notice -> out.println("journal notice: " + notice));
        SettingsStore settings = new SettingsStore(config, clock);
        settings.load().notice().ifPresent(notice -> out.println("settings notice: " + notice));
        BackupSubmitter submitter = new BackupSubmitter(journal, clock);
        String key = plan.connection().key();
        Map<String, Integer> refusals = new HashMap<>();
        try (ClientFactory clients = TestClients.factory();
                ConnectionPool pool = new ConnectionPool(
                        StandardServices.registry(),
                        () -> {
                            throw new IllegalStateException("the soak uses its endpoint, never a built-in sandbox");
                        },
                        clients::connect)) {
            JobTracker tracker =
                    new JobTracker(journal, pool, submitter, clock, new PollCadence(new SplittableRandom()));
            out.println("resuming");
            out.flush();
            tracker.resume();
            Instant lastResend = clock.instant();
            for (int cycle = 0; ; cycle++) {
                Map<String, TrackedJob> byToken = journal.jobs().stream()
                        .collect(Collectors.toMap(
                                job -> job.request().idempotencyToken(), Function.identity(), (a, b) -> b));
                if (plan.requests().stream()
                        .allMatch(r -> byToken.containsKey(r.idempotencyToken())
                                ? byToken.get(r.idempotencyToken()).isFinished()
                                : refusals.getOrDefault(r.idempotencyToken(), 0) >= MAX_REFUSALS)) {
                    out.println("done");
                    return;
                }
                Set<String> busy = journal.jobs().stream()
                        .filter(job -> !job.isFinished())
                        .map(TrackedJob::resourceId)
                        .collect(Collectors.toCollection(HashSet::new));
                int released = SoakPacing.releasedTo(release, plan.requests().size());
                for (BackupRequest request : plan.requests().subList(0, released)) {
                    if (byToken.containsKey(request.idempotencyToken())
                            || busy.contains(request.resourceId())
                            || refusals.getOrDefault(request.idempotencyToken(), 0) >= MAX_REFUSALS) {
                        continue;
                    }
                    busy.add(request.resourceId());
                    append(intents, "begin " + request.idempotencyToken());
                    try {
                        TrackedJob job = submitter.submit(
                                pool.adaptersFor(key, plan.region()).starter(request.service()),
                                key,
                                plan.region(),
                                request);
                        tracker.started(job);
                    } catch (SubmitUncertain uncertain) {
                        // Journalled as SUBMITTING: resent below, or by the next life of the worker.
                    } catch (ServiceFailure refused) {
                        refusals.merge(request.idempotencyToken(), 1, Integer::sum);
                        append(intents, "refused " + request.idempotencyToken() + " " + refused.getMessage());
                    }
                }
                if (journal.jobs().stream().anyMatch(job -> job.progress().outcome() == JobOutcome.SUBMITTING)
                        && clock.instant().isAfter(lastResend.plus(RESEND_EVERY))) {
                    tracker.resume();
                    lastResend = clock.instant();
                }
                if (cycle % 4 == 0) {
                    // The user's refresh, once a second: the soak's backups last seconds, the cadence minutes.
                    tracker.pollNow();
                }
                tracker.pollDue();
                settings.save(new Settings(
                        Settings.SANDBOX,
                        plan.region(),
                        cycle % 2 == 0 ? "light" : "dark",
                        new Settings.WindowGeometry(cycle, cycle, 1200, 800, false),
                        null));
                Thread.sleep(TICK);
            }
        }
    }

    private static void append(Path log, String line) throws IOException {
        Files.writeString(
                log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** The tokens the log says were begun, and refused. */
    static Map<String, List<String>> readIntents(Path log) throws IOException {
        if (!Files.exists(log)) {
            return Map.of();
        }
        return Files.readAllLines(log).stream()
                .filter(line -> line.contains(" "))
                .collect(Collectors.groupingBy(
                        line -> line.substring(0, line.indexOf(' ')),
                        Collectors.mapping(
                                line -> line.substring(line.indexOf(' ') + 1).split(" ", 2)[0], Collectors.toList())));
    }
}
