package io.backupconsole.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.backupconsole.aws.ClientFactory;
import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.awsbackup.AwsBackupModule;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.AwsBackupRules;
import io.backupconsole.sandbox.Sandbox;
import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.testsupport.CliRequests;
import io.backupconsole.testsupport.StandardServices;
import io.backupconsole.testsupport.TestClients;
import io.backupconsole.tracking.BackupSubmitter;
import io.backupconsole.tracking.JobJournal;
import io.backupconsole.tracking.PollCadence;
import io.backupconsole.tracking.TrackedJob;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark suite (./mvnw -Pbench verify). Runs everything in child processes and writes
 * target/bench/results.json; see docs/benchmarks.md for the method. Never fails on a missed target: it reports.
 * Args: project dir, build dir, bench classes dir, project version, JDK home.
 */
public final class BenchSuite {
    static final int RUNS = 5;
    static final int JOBS = 500;
    static final String REGION = "us-east-1";
    /** The operations the job pollers send (everything else the app sends is listing for the window). */
    static final List<String> POLL_OPERATIONS = List.of(
            "fsx:DescribeBackups",
            "opsworkscm:DescribeBackups",
            "backup:ListBackupJobs",
            "backup:DescribeBackupJob",
            "lightsail:GetRelationalDatabaseSnapshots");

    private static final Pattern FIRST_FRAME = Pattern.compile("first frame.* (\\d+) ms after process start");
    private static final Pattern LAUNCHER_OPTIONS = Pattern.compile("launcher_options=\\((.*)\\)");

    private final Path project;
    private final Path build;
    private final Path benchClasses;
    private final String version;
    private final Path jdk;
    private final Path out;
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final Map<String, Object> details = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private Process xvfb;
    private String display;

    private BenchSuite(String[] args) {
        project = Path.of(args[0]);
        build = Path.of(args[1]);
        benchClasses = Path.of(args[2]);
        version = args[3];
        jdk = Path.of(args[4]);
        out = build.resolve("bench");
    }

    public static void main(String[] args) throws Exception {
        BenchSuite suite = new BenchSuite(args);
        try {
            suite.run();
        } finally {
            suite.stopDisplay();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        long began = System.nanoTime();
        details.put("date", ZonedDateTime.now().toString());
        details.put("cpus", Runtime.getRuntime().availableProcessors());
        details.put("load_average_at_start", loadAverage());
        startDisplay();
        details.put(
                "display",
                display == null
                        ? "JavaFX Headless glass (-Dglass.platform=Headless -Dprism.order=sw)"
                        : "Xvfb " + display + " (GTK glass, software rendering)");

        // BENCH_ONLY=fx: only the 500 jobs' FX scenario (no installer image, no app process): a quick loop while
        // working on the stalls or the filter. The full suite's figures always come from a run without it.
        boolean fxOnly = "fx".equals(System.getenv("BENCH_ONLY"));
        Path image = fxOnly ? null : ensureImage();
        Image app = image == null ? null : Image.read(image);
        if (app != null) {
            step("startup", () -> startup(app));
            step("rss_idle", () -> rssIdle(app));
        } else if (fxOnly) {
            notes.add("BENCH_ONLY=fx: only the FX scenario ran.");
        } else {
            notes.add("No installer image: start-up and RSS not measured.");
        }
        step("jobs_500", () -> jobs500(app));
        if (!fxOnly) {
            step("deb", this::debSize);
        }

        details.put("load_average_at_end", loadAverage());
        details.put("suite_seconds", (System.nanoTime() - began) / 1_000_000_000);
        Map<String, Object> document = new LinkedHashMap<>(results);
        document.put("targets", targets());
        document.put("details", details);
        document.put("notes", notes);
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(out.resolve("results.json").toFile(), document);
        System.out.println(Files.readString(out.resolve("results.json")));
    }

    private interface Step {
        void run() throws Exception;
    }

    /** A failing step is reported, not fatal: the others still run and results.json is still written. */
    private void step(String name, Step step) {
        System.out.println("[bench] " + name + " (load " + loadAverage() + ")");
        try {
            step.run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            notes.add(name + " failed: " + e);
        }
    }

    // ---- display

    private void startDisplay() {
        Path xvfbBin = Stream.of("/usr/bin/Xvfb", "/usr/local/bin/Xvfb")
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst()
                .orElse(null);
        if (xvfbBin == null) {
            return;
        }
        for (int n = 97; n < 110; n++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                continue;
            }
            try {
                Process p = new ProcessBuilder(
                                xvfbBin.toString(), ":" + n, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                        .redirectErrorStream(true)
                        .redirectOutput(out.resolve("xvfb.log").toFile())
                        .start();
                for (int i = 0; i < 50 && !Files.exists(Path.of("/tmp/.X11-unix/X" + n)); i++) {
                    Thread.sleep(100);
                }
                if (p.isAlive() && Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                    xvfb = p;
                    display = ":" + n;
                    return;
                }
                p.destroy();
            } catch (IOException | InterruptedException e) {
                notes.add("Xvfb did not start (" + e + "); headless glass used");
                return;
            }
        }
    }

    private void stopDisplay() {
        if (xvfb != null) {
            xvfb.destroy();
        }
    }

    /** JavaFX flags for the display in use: none on Xvfb (DISPLAY set), JavaFX's own headless platform otherwise. */
    private List<String> displayFlags() {
        return display == null ? List.of("-Dglass.platform=Headless", "-Dprism.order=sw") : List.of("-Dprism.order=sw");
    }

    private void environment(ProcessBuilder pb, Path home) {
        Map<String, String> env = pb.environment();
        if (display != null) {
            env.put("DISPLAY", display);
        } else {
            env.remove("DISPLAY");
        }
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        env.put("AWS_CONFIG_FILE", home.resolve(".aws/config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve(".aws/credentials").toString());
        Stream.of(
                        "AWS_PROFILE",
                        "AWS_REGION",
                        "AWS_DEFAULT_REGION",
                        "AWS_ENDPOINT_URL",
                        "JDK_JAVA_OPTIONS",
                        "JAVA_TOOL_OPTIONS")
                .forEach(env::remove);
    }

    // ---- the packaged image

    /** target/installer/Backup Console, built by installers/build.sh (3-5 min) when missing. */
    private Path ensureImage() throws Exception {
        Path image = build.resolve("installer").resolve("Backup Console");
        if (Files.isDirectory(image) && Files.exists(image.resolve("lib/app/app.aot"))) {
            details.put("image", "existing " + image);
            return image;
        }
        System.out.println("[bench] no installer image, building it with installers/build.sh (3-5 min)");
        Process p = new ProcessBuilder(
                        "bash",
                        "--noprofile",
                        project.resolve("installers/build.sh").toString(),
                        build.toString(),
                        version,
                        jdk.toString())
                .directory(project.toFile())
                .inheritIO()
                .start();
        if (p.waitFor() != 0 || !Files.isDirectory(image)) {
            notes.add("installers/build.sh failed (exit " + p.exitValue() + ")");
            return null;
        }
        details.put("image", "built by the suite: " + image);
        return image;
    }

    /**
     * The JVM options the installers give the launcher: {@code launcher_options=(...)} in installers/build.sh, read
     * rather than copied so the scenario follows changes there; its current options if that line cannot be read.
     */
    private List<String> launcherOptions() {
        try {
            for (String line : Files.readAllLines(project.resolve("installers/build.sh"))) {
                Matcher m = LAUNCHER_OPTIONS.matcher(line.strip());
                if (m.matches()) {
                    return List.of(m.group(1).trim().split("\\s+"));
                }
            }
        } catch (IOException e) {
            notes.add("installers/build.sh not readable (" + e + "); FX scenario with default launcher options");
        }
        return List.of("--enable-native-access=ALL-UNNAMED", "-Xms16m", "-Xmx384m", "-XX:+UseSerialGC");
    }

    /** The image's runtime, the launcher's class path and JVM options, as in its .cfg (what build.sh trains). */
    record Image(Path root, Path java, String classPath, List<String> launcherOptions, Path aotCache) {
        static Image read(Path root) throws IOException {
            Path appDir = root.resolve("lib/app");
            Path cfg = appDir.resolve("Backup Console.cfg");
            List<String> lines = Files.readAllLines(cfg);
            List<String> cp = new ArrayList<>();
            List<String> options = new ArrayList<>();
            for (String line : lines) {
                String expanded = line.replace("$APPDIR", appDir.toString());
                if (expanded.startsWith("app.classpath=")) {
                    cp.add(expanded.substring("app.classpath=".length()));
                } else if (expanded.startsWith("java-options=")) {
                    options.add(expanded.substring("java-options=".length()));
                }
            }
            return new Image(
                    root,
                    root.resolve("lib/runtime/bin/java"),
                    String.join(":", cp),
                    options,
                    appDir.resolve("app.aot"));
        }

        List<String> options(boolean aot) {
            List<String> chosen = new ArrayList<>();
            for (String option : launcherOptions) {
                if (!option.startsWith("-XX:AOTCache=")) {
                    chosen.add(option);
                }
            }
            chosen.add(aot ? "-XX:AOTCache=" + aotCache : "-XX:AOTMode=off");
            return chosen;
        }
    }

    private List<String> appCommand(Image app, boolean aot, String... appArgs) {
        List<String> command = new ArrayList<>();
        command.add(app.java().toString());
        command.addAll(app.options(aot));
        command.addAll(displayFlags());
        command.addAll(List.of("-cp", app.classPath(), "io.backupconsole.Main"));
        command.addAll(List.of(appArgs));
        return command;
    }

    // ---- start-up

    record Timed(long wallMs, long printedMs) {}

    /** Launches, waits for the first-frame line on stderr; wall clock from start() to that line. */
    private Timed timeToFirstFrame(List<String> command, Path home, Path log) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        environment(pb, home);
        long t0 = System.nanoTime();
        Process p = pb.start();
        CompletableFuture<Timed> seen = new CompletableFuture<>();
        StringBuilder text = new StringBuilder();
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    long now = System.nanoTime();
                    text.append(line).append('\n');
                    Matcher m = FIRST_FRAME.matcher(line);
                    if (m.find()) {
                        seen.complete(new Timed((now - t0) / 1_000_000, Long.parseLong(m.group(1))));
                    }
                }
            } catch (IOException ignored) {
                // process gone
            }
            seen.complete(null);
        });
        boolean ended = p.waitFor(150, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        reader.join(5000);
        Files.writeString(log, text);
        Timed timed = seen.getNow(null);
        if (timed == null) {
            throw new IllegalStateException("no first-frame line from " + command.getLast() + ", log " + log);
        }
        return timed;
    }

    private void startup(Image app) throws Exception {
        Path home = out.resolve("home-startup");
        Files.createDirectories(home);
        // The bare window: this suite's class on the image's runtime with the image's JavaFX jars, the launcher's
        // options; its own AOT cache, trained here the way build.sh trains the app's.
        String fxJars = String.join(
                ":",
                Files.list(app.root().resolve("lib/app/lib"))
                        .filter(f -> f.getFileName().toString().startsWith("javafx-"))
                        .map(Path::toString)
                        .sorted()
                        .toList());
        // AOT caches take jars only (no non-empty directory on the class path): EmptyWindow goes into a jar of its own.
        Path emptyJar = out.resolve("empty-window.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(emptyJar))) {
            for (String name : List.of("EmptyWindow.class", "EmptyWindow$Window.class", "EmptyWindow$Window$1.class")) {
                Path file = benchClasses.resolve("io/backupconsole/bench").resolve(name);
                if (Files.exists(file)) {
                    jar.putNextEntry(new JarEntry("io/backupconsole/bench/" + name));
                    jar.write(Files.readAllBytes(file));
                    jar.closeEntry();
                }
            }
        }
        String emptyCp = emptyJar + ":" + fxJars;
        Path emptyAot = out.resolve("empty-window.aot");
        Files.deleteIfExists(emptyAot);
        List<String> base = new ArrayList<>(app.options(false));
        base.remove("-XX:AOTMode=off");
        List<String> train = new ArrayList<>(List.of(app.java().toString()));
        train.addAll(base);
        // Trained on the same glass as the app's cache (build.sh trains on the desktop glass when it has a display).
        train.add("-XX:AOTCacheOutput=" + emptyAot);
        train.addAll(displayFlags());
        train.addAll(List.of("-cp", emptyCp, EmptyWindow.class.getName()));
        timeToFirstFrame(train, home, out.resolve("empty-window-training.log"));
        List<String> emptyCached = emptyCommand(app, base, emptyCp, "-XX:AOTCache=" + emptyAot);
        List<String> emptyOff = emptyCommand(app, base, emptyCp, "-XX:AOTMode=off");

        // One warm-up of each (unpacks JavaFX's natives into the home, fills the disk cache), not counted.
        timeToFirstFrame(appCommand(app, true, "--exit-after-first-frame"), home, out.resolve("warmup-app.log"));
        timeToFirstFrame(emptyCached, home, out.resolve("warmup-empty.log"));

        List<Timed> cached = new ArrayList<>();
        List<Timed> off = new ArrayList<>();
        List<Timed> empty = new ArrayList<>();
        List<Timed> emptyNoCache = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) { // interleaved, so load changes hit all four alike
            cached.add(timeToFirstFrame(
                    appCommand(app, true, "--exit-after-first-frame"), home, out.resolve("startup-aot-" + i + ".log")));
            off.add(timeToFirstFrame(
                    appCommand(app, false, "--exit-after-first-frame"),
                    home,
                    out.resolve("startup-noaot-" + i + ".log")));
            empty.add(timeToFirstFrame(emptyCached, home, out.resolve("empty-aot-" + i + ".log")));
            emptyNoCache.add(timeToFirstFrame(emptyOff, home, out.resolve("empty-noaot-" + i + ".log")));
            System.out.println("[bench] startup round " + i + ": app " + cached.getLast() + " / no cache "
                    + off.getLast() + " / empty " + empty.getLast() + " (load " + loadAverage() + ")");
        }
        long app1 = medianWall(cached);
        long empty1 = medianWall(empty);
        results.put("startup_ms_median", app1);
        results.put("startup_ms_median_no_cache", medianWall(off));
        results.put("empty_window_ms_median", empty1);
        results.put("startup_ratio_vs_empty_window", Math.round(100.0 * app1 / empty1) / 100.0);
        details.put(
                "startup_runs_ms",
                Map.of(
                        "app_aot",
                        cached,
                        "app_no_aot",
                        off,
                        "empty_window_aot",
                        empty,
                        "empty_window_no_aot",
                        emptyNoCache));
        details.put("empty_window_ms_median_no_cache", medianWall(emptyNoCache));
        details.put("startup_printed_ms_median", medianPrinted(cached));
        details.put(
                "app_command",
                String.join(" ", appCommand(app, true, "--exit-after-first-frame"))
                        .replace(app.classPath(), "<launcher class path>"));
    }

    private List<String> emptyCommand(Image app, List<String> base, String cp, String aotFlag) {
        List<String> command = new ArrayList<>(List.of(app.java().toString()));
        command.addAll(base);
        command.add(aotFlag);
        command.addAll(displayFlags());
        command.addAll(List.of("-cp", cp, EmptyWindow.class.getName()));
        return command;
    }

    private static long medianWall(List<Timed> runs) {
        return median(runs.stream().mapToLong(Timed::wallMs).toArray());
    }

    private static long medianPrinted(List<Timed> runs) {
        return median(runs.stream().mapToLong(Timed::printedMs).toArray());
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    // ---- memory

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /** Waits for the window to show data: the app has no signal without exiting, so the start-up time plus margin. */
    private long settleMillis() {
        Object measured = results.get("startup_ms_median");
        long startup = measured instanceof Long ms ? ms : 10_000;
        return Math.max(8_000, 2 * startup) + 5_000;
    }

    private void rssIdle(Image app) throws Exception {
        Path home = out.resolve("home-idle");
        Files.createDirectories(home);
        ProcessBuilder pb = new ProcessBuilder(appCommand(app, true))
                .redirectErrorStream(true)
                .redirectOutput(out.resolve("rss-idle.log").toFile());
        environment(pb, home);
        Process p = pb.start();
        try {
            Thread.sleep(settleMillis());
            List<Long> samples = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                samples.add(rssKb(p.pid()));
                Thread.sleep(1000);
            }
            details.put("rss_idle_samples_kb", samples);
            results.put(
                    "rss_idle_mb",
                    Math.round(
                            median(samples.stream().mapToLong(Long::longValue).toArray()) / 1024.0));
        } finally {
            stop(p);
        }
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
    }

    // ---- 500 jobs: RSS, calls per minute, FX stalls

    private void jobs500(Image app) throws Exception {
        // Slow time scale (50x slower than the interactive sandbox): the backups stay running for the whole step.
        Sandbox sandbox =
                Sandbox.start(0, SandboxConfig.interactive().withTimeScale(0.02).withBackupFailureRate(0));
        try {
            URI endpoint = sandbox.endpoint();
            Map<AwsService, URI> endpoints = new LinkedHashMap<>();
            for (AwsService service : StandardServices.registry().services()) {
                endpoints.put(service, endpoint);
            }
            Connection connection = new Connection.Endpoint(endpoints, REGION);
            Path home = out.resolve("home-jobs");
            deleteTree(home);
            Path data = home.resolve(".local/share/backup-console");
            Files.createDirectories(data);
            long seedStart = System.nanoTime();
            Map<AwsService, Integer> perService;
            try (ClientFactory clients = TestClients.factory();
                    ServiceAdapters adapters = clients.connect(connection)) {
                perService = seedJobs(adapters, connection.key(), data);
            }
            details.put("jobs_seeded_per_service", perService);
            details.put("jobs_seed_seconds", (System.nanoTime() - seedStart) / 1_000_000_000);
            int seeded =
                    perService.values().stream().mapToInt(Integer::intValue).sum();
            details.put("jobs_seeded", seeded);

            if (app != null) {
                trackInApp(app, sandbox, endpoint, home, data, seeded);
            }
            Path fxData = out.resolve("home-fx/data");
            deleteTree(fxData.getParent());
            Files.createDirectories(fxData);
            Files.copy(data.resolve("jobs.json"), fxData.resolve("jobs.json"), StandardCopyOption.REPLACE_EXISTING);
            fxScenario(endpoint, fxData);
        } finally {
            sandbox.close();
        }
    }

    /** 500 backups through the app's own {@link BackupSubmitter}, spread over the four services, one region. */
    private Map<AwsService, Integer> seedJobs(ServiceAdapters adapters, String connectionKey, Path data) {
        JobJournal journal = new JobJournal(data, Clock.systemUTC());
        journal.open();
        BackupSubmitter submitter = new BackupSubmitter(journal, Clock.systemUTC());
        Map<AwsService, List<Resource>> eligible = new LinkedHashMap<>();
        for (AwsService service : StandardServices.registry().services()) {
            eligible.put(
                    service,
                    new ArrayList<>(adapters.get(service).listResources().stream()
                            .filter(r -> r.eligibility().allowed())
                            .toList()));
        }
        String vault =
                adapters.get(AwsBackupModule.ADAPTER).listVaults().getFirst().name();
        Map<AwsService, Integer> started = new LinkedHashMap<>();
        Map<String, Integer> failures = new LinkedHashMap<>();
        int n = 0;
        boolean any = true;
        while (n < JOBS && any) {
            any = false;
            for (AwsService service : StandardServices.registry().services()) {
                List<Resource> resources = eligible.get(service);
                for (int i = 0; i < resources.size() && n < JOBS; i++) {
                    Resource r = resources.get(i);
                    try {
                        submitter.submit(adapters.starter(service), connectionKey, REGION, request(r, vault, n));
                        started.merge(service, 1, Integer::sum);
                        n++;
                        any = true;
                    } catch (RuntimeException refused) {
                        // e.g. an OpsWorks CM server already backing up: that resource takes no more this round
                        failures.merge(service + ": " + refused.getClass().getSimpleName(), 1, Integer::sum);
                        resources.remove(i--);
                    }
                }
            }
        }
        details.put("jobs_seed_refusals", failures);
        // Refused submissions are journalled as failed: they are finished jobs, the tracker ignores them.
        journal.removeFinished();
        return started;
    }

    /** Each service's request as its command line builds it. */
    private static BackupRequest request(Resource r, String vault, int n) {
        return CliRequests.request(
                StandardServices.registry(),
                r,
                Map.of(
                        "--name",
                        r.id() + "-bench-" + n,
                        "--vault",
                        vault,
                        "--role",
                        AwsBackupRules.defaultServiceRole(SimulationContext.ACCOUNT_ID),
                        "--start-window",
                        "60"),
                BackupRequest.newToken());
    }

    /**
     * The packaged app, connected to the suite's sandbox (--endpoint-url), with the 500 running jobs in its journal:
     * it resumes tracking them at start. RSS sampled every 5 s; the sandbox's request counters read at the start and
     * the end of a measured minute that begins once the app has started.
     */
    private void trackInApp(Image app, Sandbox sandbox, URI endpoint, Path home, Path data, int seeded)
            throws Exception {
        ProcessBuilder pb = new ProcessBuilder(
                        appCommand(app, true, "--endpoint-url", endpoint.toString(), "--region", REGION))
                .redirectErrorStream(true)
                .redirectOutput(out.resolve("app-500-jobs.log").toFile());
        environment(pb, home);
        pb.environment().put("AWS_ACCESS_KEY_ID", "bench");
        pb.environment().put("AWS_SECRET_ACCESS_KEY", "bench");
        Process p = pb.start();
        try {
            Thread.sleep(settleMillis());
            Map<String, Long> before = sandbox.stats().snapshot();
            Instant t0 = Instant.now();
            List<Long> samples = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Thread.sleep(5000);
                samples.add(rssKb(p.pid()));
            }
            Instant t1 = Instant.now();
            Map<String, Long> after = sandbox.stats().snapshot();
            double minutes = Duration.between(t0, t1).toMillis() / 60_000.0;
            Map<String, Long> delta = new LinkedHashMap<>();
            after.forEach((op, count) -> {
                long d = count - before.getOrDefault(op, 0L);
                if (d > 0) {
                    delta.put(op, d);
                }
            });
            long polls = delta.entrySet().stream()
                    .filter(e -> POLL_OPERATIONS.contains(e.getKey()))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            long all = delta.values().stream().mapToLong(Long::longValue).sum();
            details.put("app_500_jobs_alive_at_window_end", p.isAlive());
            if (!p.isAlive()) {
                notes.add("the app tracking 500 jobs ended early (exit " + p.exitValue() + "), see app-500-jobs.log");
            }
            results.put(
                    "rss_500_jobs_mb",
                    Math.round(samples.stream().mapToLong(Long::longValue).max().orElse(-1) / 1024.0));
            results.put("api_calls_per_min_500_jobs", Math.round(polls / minutes * 10) / 10.0);

            // The naive tracker: one describe call per running job per poll, on the same cadence (PollCadence, by
            // the age of the youngest job at the middle of the window).
            JobJournal journal = new JobJournal(data, Clock.systemUTC());
            List<TrackedJob> jobs = journal.open().jobs();
            long running = jobs.stream().filter(job -> !job.isFinished()).count();
            Instant youngest = jobs.stream()
                    .map(TrackedJob::startedAt)
                    .max(Comparator.naturalOrder())
                    .orElse(t0);
            Instant middle = t0.plus(Duration.between(t0, t1).dividedBy(2));
            Duration interval = new PollCadence(new SplittableRandom(1)).interval(youngest, middle);
            results.put("naive_calls_per_min_500_jobs", Math.round(seeded * 60_000.0 / interval.toMillis()));
            details.put("calls_window_minutes", Math.round(minutes * 100) / 100.0);
            details.put("calls_in_window_by_operation", delta);
            details.put("calls_in_window_all_operations_per_min", Math.round(all / minutes * 10) / 10.0);
            details.put("poll_interval_in_window_s", interval.toSeconds());
            details.put(
                    "youngest_job_age_at_window_middle_s",
                    Duration.between(youngest, middle).toSeconds());
            details.put("jobs_running_at_window_end", running);
            details.put("rss_500_jobs_samples_kb", samples);
        } finally {
            stop(p);
        }
    }

    private void fxScenario(URI endpoint, Path data) throws Exception {
        Path result = out.resolve("fx-scenario.json");
        Files.deleteIfExists(result);
        // The shipped launcher's memory and collector options (installers/build.sh), so the stalls and the
        // keystroke are what users get (not -Xmx1g and G1, which the shipped app does not use).
        List<String> command = new ArrayList<>(List.of(jdk.resolve("bin/java").toString()));
        List<String> launcher = launcherOptions();
        command.addAll(launcher);
        details.put("fx_scenario_jvm_options", launcher);
        String extra = System.getenv("BENCH_FX_JVM_OPTIONS"); // e.g. a JFR recording while looking into a stall
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(displayFlags());
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                FxScenario.class.getName(),
                endpoint.toString(),
                data.toString(),
                "30",
                result.toString()));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(out.resolve("fx-scenario.log").toFile());
        environment(pb, out.resolve("home-fx"));
        pb.environment().put("AWS_ACCESS_KEY_ID", "bench");
        pb.environment().put("AWS_SECRET_ACCESS_KEY", "bench");
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("FX scenario timed out, see fx-scenario.log");
        }
        if (!Files.exists(result)) {
            throw new IllegalStateException("FX scenario ended with " + p.exitValue() + ", see fx-scenario.log");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fx = new ObjectMapper().readValue(result.toFile(), Map.class);
        results.put("fx_max_stall_ms", fx.get("fx_max_stall_ms"));
        results.put("filter_10k_rows_ms", fx.get("filter_10k_rows_ms"));
        details.put("fx_scenario", fx);
    }

    // ---- package size

    private void debSize() throws IOException {
        Path dir = build.resolve("installer");
        Path deb = null;
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                deb = files.filter(f -> f.toString().endsWith(".deb"))
                        .findFirst()
                        .orElse(null);
            }
        }
        if (deb == null) {
            results.put("deb_mb", null);
            notes.add("deb_mb: no .deb in " + dir);
            return;
        }
        results.put("deb_mb", Math.round(Files.size(deb) / 1e6 * 10) / 10.0);
        details.put("deb", deb.getFileName().toString());
        Path aot = dir.resolve("Backup Console/lib/app/app.aot");
        if (Files.exists(aot)) {
            details.put("app_aot_mb", Math.round(Files.size(aot) / 1e6 * 10) / 10.0);
        }
    }

    // ---- targets, helpers

    private Map<String, Object> targets() {
        Map<String, Object> t = new LinkedHashMap<>();
        check(t, "startup_ms_median", 1000);
        check(t, "startup_ratio_vs_empty_window", 1.3);
        check(t, "rss_idle_mb", 200);
        check(t, "rss_500_jobs_mb", 250);
        check(t, "api_calls_per_min_500_jobs", 40);
        check(t, "fx_max_stall_ms", 50);
        check(t, "filter_10k_rows_ms", 16);
        check(t, "deb_mb", 50);
        return t;
    }

    private void check(Map<String, Object> t, String key, double max) {
        Object value = results.get(key);
        String verdict = value instanceof Number n ? (n.doubleValue() <= max ? "met" : "missed") : "not measured";
        t.put(key, Map.of("max", max, "verdict", verdict));
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
