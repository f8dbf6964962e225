package io.backupconsole.soak;

import io.backupconsole.aws.ClientFactory;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.domain.AwsService;
import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.storage.JsonFile;
import io.backupconsole.testsupport.TestClients;
import io.backupconsole.tracking.TrackedJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The soak driver: writes the plan (the user's intent), then starts {@link SoakWorker} JVMs and kills each with
 * SIGKILL, {@code kills} times, at moments paced by the worker's progress in the job journal ({@link SoakPacing}),
 * then lets one last worker finish, all within the time limit. Finally, with the faults off, it compares the plan,
 * the journal and the sandbox's listings. A kill that could not be delivered in time is missing from
 * {@code kills}, and the run fails on it ({@link #clean}).
 *
 * <p>"Requested" is the plan: every backup the driver meant to ask for, recorded before any worker ran. A kill that
 * lands after the worker began a request but before the journal write leaves no trace of it in the app, and nothing
 * was sent (the journal write comes first); the next worker asks for it again, as a user whose app died would.
 * Those are counted as {@code begun_not_journalled}, so they are visible, and a request still missing at the end
 * counts as lost.
 *
 * @param backups       how many backups to request (more than {@code kills})
 * @param kills         how many times to kill the worker
 * @param timeLimit     the whole run stops by then (the last worker is given what is left)
 * @param minKillDelay  shortest wait between a kill's moment (journal progress, or the worker's start) and the kill
 * @param maxKillDelay  longest
 * @param timeScale     the sandbox's time scale while the soak runs
 * @param latencyMs     the sandbox's added latency
 * @param seed          seed of the kill moments and the sandbox's faults
 */
public record SoakRun(
        int backups,
        int kills,
        Duration timeLimit,
        Duration minKillDelay,
        Duration maxKillDelay,
        double timeScale,
        long latencyMs,
        long seed) {

    public SoakRun {
        if (backups <= kills) {
            throw new IllegalArgumentException("the soak needs more backups (" + backups + ") than kills (" + kills
                    + "): each worker killed must have one to make");
        }
    }

    /** Whether the figures say the run passed: every kill delivered, nothing lost, made twice, unfinished or left. */
    public static boolean clean(Map<String, Object> results) {
        return results.get("kills").equals(results.get("kills_planned"))
                && results.get("duplicates").equals(0)
                && results.get("lost").equals(0)
                && results.get("corrupt_files").equals(0)
                && results.get("unfinished").equals(0)
                && results.get("stray_temp_files").equals(0)
                && results.get("timed_out").equals(false);
    }

    /** Runs the soak in {@code work} against {@code sandbox}; returns the figures for results.json. */
    public Map<String, Object> run(SoakSandbox sandbox, Path work, String classpath)
            throws IOException, InterruptedException {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeLimit);
        emptyFolder(work); // a run with the same seed starts afresh, not on the last run's journal
        sandbox.configure(SoakSandbox.calm(timeScale, seed));
        SoakPlan plan = SoakPlan.build(sandbox.endpoint(), "us-east-1", backups, "soak" + Long.toHexString(seed));
        plan.write(work.resolve("plan.json"));
        Map<AwsService, Set<String>> before;
        try (ClientFactory clients = TestClients.factory();
                ServiceAdapters adapters = clients.connect(plan.connection())) {
            before = SoakCheck.madeInSandbox(adapters);
        }
        sandbox.configure(SoakSandbox.faulty(timeScale, latencyMs, seed));

        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                classpath,
                SoakWorker.class.getName(),
                work.resolve("data").toString(),
                work.resolve("config").toString(),
                work.resolve("plan.json").toString(),
                work.resolve("intents.log").toString(),
                work.resolve("released").toString());
        Thread cleanUp = new Thread(
                () -> {
                    if (live != null) {
                        live.destroyForcibly();
                    }
                },
                "soak-worker-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            return drive(sandbox, work, plan, before, command, deadline, start);
        } finally {
            Runtime.getRuntime().removeShutdownHook(cleanUp);
        }
    }

    /** The worker being run, so a driver stopped early (Ctrl-C) does not leave it running. */
    private static volatile Process live;

    private Map<String, Object> drive(
            SoakSandbox sandbox,
            Path work,
            SoakPlan plan,
            Map<AwsService, Set<String>> before,
            List<String> command,
            Instant deadline,
            Instant start)
            throws IOException, InterruptedException {
        Path data = work.resolve("data");
        Path config = work.resolve("config");
        Path intents = work.resolve("intents.log");
        Path log = work.resolve("worker.log");
        Path released = work.resolve("released");
        SplittableRandom random = new SplittableRandom(seed);
        int killed = 0;
        int afterProgress = 0;
        int starts = 0;
        int corruptSeen = 0;
        int begunNotJournalled = 0;
        int leftByKills = 0;
        int crashed = 0;
        long intentLines = 0;
        // Keep a quarter of the time (at least 20 s) for the last worker to finish what the kills interrupted.
        Instant killsEnd = deadline.minus(max(timeLimit.dividedBy(4), Duration.ofSeconds(20)));
        while (killed < kills && Instant.now().isBefore(killsEnd)) {
            int release = SoakPacing.released(killed + 1, kills, backups);
            SoakPacing.release(released, release);
            int journalledAtStart = SoakCheck.journalledOfPlan(data, plan);
            Process worker = start(command, log);
            starts++;
            live = worker;
            // Its "resuming" line, printed before the resume: a kill at the worker's start lands in the resume.
            awaitLine(log, "resuming", starts, worker, Duration.ofSeconds(60));
            boolean atStart = random.nextInt(5) == 0 || journalledAtStart >= release;
            if (!atStart) {
                int target = random.nextInt(journalledAtStart + 1, release + 1);
                awaitJournalled(data, plan, target, worker, killsEnd);
                afterProgress++;
            }
            if (!worker.isAlive()) {
                crashed++; // it cannot have finished: requests are held back until the last worker
                continue;
            }
            if (!Instant.now().isBefore(killsEnd)) {
                worker.destroyForcibly().waitFor(); // no progress in the time for kills: this kill is missing
                break;
            }
            long delay = random.nextLong(minKillDelay.toMillis(), maxKillDelay.toMillis() + 1);
            if (worker.waitFor(delay, TimeUnit.MILLISECONDS)) {
                crashed++;
                continue;
            }
            worker.destroyForcibly().waitFor(); // SIGKILL on POSIX
            killed++;
            corruptSeen += SoakCheck.corruptFiles(data, config);
            // A kill inside a write leaves its temporary file; the next worker's start must remove it.
            leftByKills += SoakCheck.strayTempFiles(data, config);
            // Requests begun in this life of the worker that its journal does not hold (and were not refused).
            Map<String, List<String>> intentsNow = SoakWorker.readIntents(intents);
            List<String> begun = intentsNow.getOrDefault("begin", List.of());
            Set<String> journalled = SoakCheck.journal(data).orElse(List.of()).stream()
                    .map(job -> job.request().idempotencyToken())
                    .collect(Collectors.toSet());
            Set<String> refused = new HashSet<>(intentsNow.getOrDefault("refused", List.of()));
            for (String token : begun.subList((int) Math.min(intentLines, begun.size()), begun.size())) {
                if (!journalled.contains(token) && !refused.contains(token)) {
                    begunNotJournalled++;
                }
            }
            intentLines = begun.size();
        }
        SoakPacing.release(released, backups);
        boolean timedOut = false;
        Process last = start(command, log);
        live = last;
        starts++;
        long left = Math.max(1000, Duration.between(Instant.now(), deadline).toMillis());
        if (!last.waitFor(left, TimeUnit.MILLISECONDS)) {
            last.destroyForcibly().waitFor();
            timedOut = true;
        } else if (last.exitValue() != 0) {
            crashed++;
        }
        sandbox.configure(SoakSandbox.calm(timeScale, seed));

        Map<String, Object> results = new LinkedHashMap<>();
        List<TrackedJob> jobs = SoakCheck.journal(data).orElse(List.of());
        try (ClientFactory clients = TestClients.factory();
                ServiceAdapters adapters = clients.connect(plan.connection())) {
            results.putAll(SoakCheck.tally(plan, jobs, before, SoakCheck.madeInSandbox(adapters)));
        }
        results.put("kills", killed);
        results.put("kills_planned", kills);
        results.put("kills_after_journal_progress", afterProgress);
        results.put("corrupt_files", SoakCheck.corruptFiles(data, config) + corruptSeen);
        results.put("worker_starts", starts);
        results.put("worker_crashes", crashed);
        results.put("begun_not_journalled", begunNotJournalled);
        results.put(
                "refusals",
                SoakWorker.readIntents(intents)
                        .getOrDefault("refused", List.of())
                        .size());
        results.put("temp_files_left_by_kills", leftByKills);
        results.put("stray_temp_files", SoakCheck.strayTempFiles(data, config));
        results.put("timed_out", timedOut);
        results.put("duration_s", Duration.between(start, Instant.now()).toMillis() / 1000.0);
        results.put("time_limit_s", timeLimit.toSeconds());
        results.put("kill_delay_ms", List.of(minKillDelay.toMillis(), maxKillDelay.toMillis()));
        SandboxConfig faults = SoakSandbox.faulty(timeScale, latencyMs, seed);
        results.put(
                "sandbox",
                Map.of(
                        "throttleRate",
                        faults.throttleRate(),
                        "serverErrorRate",
                        faults.serverErrorRate(),
                        "lostResponseRate",
                        faults.lostResponseRate(),
                        "latencyMs",
                        faults.latencyMs(),
                        "timeScale",
                        faults.timeScale()));
        results.put("seed", seed);
        JsonFile.MAPPER.writeValue(work.resolve("results.json").toFile(), results);
        return results;
    }

    /** Waits until the journal holds {@code target} of the plan's requests, the worker ends, or {@code until}. */
    private static void awaitJournalled(Path data, SoakPlan plan, int target, Process worker, Instant until) {
        awaitUntil(until, () -> !worker.isAlive() || SoakCheck.journalledOfPlan(data, plan) >= target);
    }

    /** Polls another process's files (nothing to listen to) until {@code done} or {@code until}, whichever first. */
    private static void awaitUntil(Instant until, Callable<Boolean> done) {
        Duration left = Duration.between(Instant.now(), until);
        if (left.isNegative() || left.isZero()) {
            return;
        }
        try {
            Awaitility.await().atMost(left).pollInterval(Duration.ofMillis(20)).until(done);
        } catch (ConditionTimeoutException timeUp) {
            // The caller sees that the condition does not hold.
        }
    }

    private static Process start(List<String> command, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // The worker reaches the sandbox by its endpoint with dummy credentials, whatever this machine's AWS setup.
        builder.environment().keySet().removeIf(key -> key.startsWith("AWS_"));
        builder.environment()
                .put("AWS_CONFIG_FILE", log.resolveSibling("no-aws-config").toString());
        builder.environment()
                .put(
                        "AWS_SHARED_CREDENTIALS_FILE",
                        log.resolveSibling("no-aws-credentials").toString());
        return builder.start();
    }

    /** Waits until the log holds {@code count} lines containing {@code marker}, the worker ends, or the timeout. */
    private static void awaitLine(Path log, String marker, int count, Process worker, Duration timeout) {
        awaitUntil(
                Instant.now().plus(timeout),
                () -> !worker.isAlive()
                        || Files.exists(log)
                                && Files.readAllLines(log).stream()
                                                .filter(line -> line.contains(marker))
                                                .count()
                                        >= count);
    }

    private static void emptyFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> inside = Files.walk(folder)) {
            for (Path path : inside.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(folder)) {
                    Files.delete(path);
                }
            }
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
