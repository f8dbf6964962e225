package io.backupconsole.sandbox;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts requests per {@code service:Operation} (every request received, faulted or not). Thread-safe. */
public final class RequestStats {
    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();

    public void count(String operationKey) {
        counters.computeIfAbsent(operationKey, k -> new LongAdder()).increment();
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counters.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    public void clear() {
        counters.clear();
    }
}
