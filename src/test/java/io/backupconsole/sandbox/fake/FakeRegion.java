package io.backupconsole.sandbox.fake;

import io.backupconsole.sandbox.support.SimulatedRun;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fake archive service's state in one region. Guarded by the simulator's lock (the dispatcher holds it). */
final class FakeRegion {
    record Archive(String id, String name, String state, int capacityGib, Instant createdAt) {}

    record Snapshot(String id, String archiveId, String name, SimulatedRun run) {}

    final Map<String, Archive> archives = new LinkedHashMap<>();
    final Map<String, Snapshot> snapshots = new LinkedHashMap<>();
    final Map<String, Snapshot> byToken = new HashMap<>();

    /** us-east-1 has three archives (one still being made, so not eligible); other regions none. */
    static FakeRegion seed(String region, Instant now) {
        FakeRegion state = new FakeRegion();
        if (region.equals("us-east-1")) {
            state.add(new Archive("arc-1001", "ledger", "AVAILABLE", 100, now.minus(Duration.ofDays(30))));
            state.add(new Archive("arc-1002", "photos", "AVAILABLE", 2048, now.minus(Duration.ofDays(9))));
            state.add(new Archive("arc-1003", "scratch", "CREATING", 10, now.minus(Duration.ofMinutes(3))));
        }
        return state;
    }

    private void add(Archive archive) {
        archives.put(archive.id(), archive);
    }
}
