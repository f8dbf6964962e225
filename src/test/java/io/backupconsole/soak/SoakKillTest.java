package io.backupconsole.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak (docs/soak.md) in small: 28 backups across the four services under throttling, server errors and lost
 * answers while the worker JVM is killed with SIGKILL four times and restarted. Every kill is delivered (they are
 * paced by the worker's progress in its journal, not by the clock: {@link SoakPacing}), every request ends up made
 * exactly once, the journal and settings files always parse, and no temporary file is left. The full run is
 * {@code ./mvnw -Psoak verify}. The 180 s limit is only a bound for a very loaded machine; it stops by itself.
 */
class SoakKillTest {
    @TempDir
    Path work;

    @Test
    void backupsRequestedByAWorkerKilledFourTimesAreEachMadeExactlyOnce() throws Exception {
        SoakRun run = new SoakRun(
                28, 4, Duration.ofSeconds(180), Duration.ofMillis(0), Duration.ofMillis(1500), 300.0, 5, 7L);
        Map<String, Object> results;
        try (SoakSandbox sandbox = SoakSandbox.inProcess(SoakSandbox.calm(300.0, 7L))) {
            results = run.run(sandbox, work, System.getProperty("java.class.path"));
        }

        String figures = results.toString();
        assertEquals(4, results.get("kills"), figures);
        assertEquals(28, results.get("requested"), figures);
        assertEquals(0, results.get("duplicates"), figures);
        assertEquals(0, results.get("lost"), figures);
        assertEquals(28, results.get("created"), figures);
        assertEquals(0, results.get("corrupt_files"), figures);
        assertEquals(0, results.get("unfinished"), figures);
        assertEquals(0, results.get("stray_temp_files"), figures);
        assertTrue(!(Boolean) results.get("timed_out"), figures);
        assertTrue(SoakRun.clean(results), figures);
    }
}
