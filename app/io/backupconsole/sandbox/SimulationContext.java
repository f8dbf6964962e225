package io.backupconsole.sandbox;

import io.backupconsole.sandbox.support.SimulatedRun;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What every service simulator shares: the simulated clock, the seeded randomness and the live configuration.
 * Thread-safe; simulators call it while holding their own lock.
 */
public final class SimulationContext {
    /** The account every sandbox resource belongs to. */
    public static final String ACCOUNT_ID = "123456789012";

    private final SandboxClock clock;
    private final Supplier<SandboxConfig> config;
    private Random random;

    public SimulationContext(SandboxClock clock, Supplier<SandboxConfig> config) {
        this.clock = clock;
        this.config = config;
        this.random = new Random(config.get().seed());
    }

    public Instant now() {
        return clock.now();
    }

    public SandboxConfig config() {
        return config.get();
    }

    public synchronized double nextDouble() {
        return random.nextDouble();
    }

    public synchronized long nextLong(long boundExclusive) {
        return random.nextLong(boundExclusive);
    }

    /** {@code length} lowercase hex digits (FSx ids, job ids). */
    public synchronized String hex(int length) {
        byte[] bytes = new byte[(length + 1) / 2];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).substring(0, length);
    }

    /** A version-4 UUID from the seeded randomness (AWS Backup job ids, Lightsail operation ids). */
    public synchronized String uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /**
     * A new backup run starting at {@code start}, lasting between {@code shortest} and {@code longest} of simulated
     * time, failing with the configured probability. The caller passes the instant it stamps every other time of
     * the same request with: a second clock read would be a little later, and the answer's times would disagree.
     */
    public SimulatedRun newRun(Instant start, Duration shortest, Duration longest) {
        long spread = Math.max(1, longest.toMillis() - shortest.toMillis());
        Duration duration = shortest.plusMillis(nextLong(spread));
        boolean fails = nextDouble() < config().backupFailureRate();
        return new SimulatedRun(start, duration, fails);
    }

    synchronized void reseed() {
        random = new Random(config.get().seed());
    }
}
