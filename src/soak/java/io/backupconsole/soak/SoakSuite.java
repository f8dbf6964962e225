package io.backupconsole.soak;

import io.backupconsole.storage.JsonFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The soak suite (docs/soak.md), run by {@code ./mvnw -Psoak verify} in its own JVM: a separate
 * {@code --sandbox-server} process with faults, 200 backups across the four services requested by worker JVMs
 * killed with SIGKILL 50 times at moments paced by their progress, all within ten minutes. Writes
 * {@code <build>/soak/results.json} and exits 1 when a planned kill could not be delivered, a backup was lost or made
 * twice, a job did not end, a file did not parse or a temporary file was left ({@link SoakRun#clean}; the figures are
 * written either way).
 *
 * <p>Arguments: the build directory, then optionally backups, kills, time limit in seconds, seed.
 */
public final class SoakSuite {
    private SoakSuite() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).resolve("soak");
        int backups = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int kills = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        Duration limit = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 600);
        long seed = args.length > 4 ? Long.parseLong(args[4]) : System.nanoTime();
        Path work = out.resolve("run-" + seed);
        Files.createDirectories(work);
        String classpath = System.getProperty("java.class.path");
        SoakRun run =
                new SoakRun(backups, kills, limit, Duration.ofMillis(0), Duration.ofMillis(3000), 120.0, 20, seed);
        Map<String, Object> results;
        try (SoakSandbox sandbox = SoakSandbox.separateProcess(classpath, 120.0, work.resolve("sandbox.log"))) {
            // Stopped early (Ctrl-C): the sandbox process goes too.
            Thread stopSandbox = new Thread(sandbox::close, "soak-sandbox-stop");
            Runtime.getRuntime().addShutdownHook(stopSandbox);
            results = run.run(sandbox, work, classpath);
            Runtime.getRuntime().removeShutdownHook(stopSandbox);
        }
        JsonFile.MAPPER.writeValue(out.resolve("results.json").toFile(), results);
        System.out.println("Soak results (" + out.resolve("results.json") + "):");
        System.out.println(JsonFile.MAPPER.writeValueAsString(results));
        System.exit(SoakRun.clean(results) ? 0 : 1);
    }
}
