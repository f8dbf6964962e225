package io.backupconsole.sandbox.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A simulator's state per region, created on first use from the region's seed (two seeded regions differ, the
 * others start empty). Callers synchronise on the returned state object when they change it.
 */
public final class RegionalState<S> {
    private final Map<String, S> byRegion = new ConcurrentHashMap<>();
    private final Function<String, S> seeder;

    public RegionalState(Function<String, S> seeder) {
        this.seeder = seeder;
    }

    public S in(String region) {
        return byRegion.computeIfAbsent(region, seeder);
    }

    public void reset() {
        byRegion.clear();
    }
}
