package io.backupconsole.sandbox;

import io.backupconsole.sandbox.protocol.ServiceError;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Applies the configured faults around each service call: latency, forced errors, throttling and server errors
 * before the call takes effect, lost responses after it took effect. Uses its own random stream so faults never change which
 * ids or durations the simulators draw.
 */
final class FaultInjector {
    /** Thrown to make the HTTP server drop the connection without an answer. */
    static final class DroppedConnection extends RuntimeException {
        DroppedConnection() {
            super("response dropped by the lostResponseRate fault", null, false, false);
        }
    }

    private final Supplier<SandboxConfig> config;
    private Random random;

    FaultInjector(Supplier<SandboxConfig> config) {
        this.config = config;
        reseed();
    }

    synchronized void reseed() {
        random = new Random(config.get().seed() ^ 0x5DEECE66DL);
    }

    void beforeCall(String operationKey, ServiceSimulator service) {
        SandboxConfig current = config.get();
        if (current.latencyMs() > 0) {
            try {
                Thread.sleep(current.latencyMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (ForcedError forced : current.forcedErrors()) {
            if (forced.operation().equals(operationKey)) {
                throw forced.toServiceError();
            }
        }
        if (!current.faultsApplyTo(operationKey)) {
            return;
        }
        if (roll(current.throttleRate())) {
            // A code the SDKs treat as throttling, so their retry policy backs off and retries.
            throw ServiceError.badRequest("ThrottlingException", "Rate exceeded");
        }
        if (roll(current.serverErrorRate())) {
            throw service.serverError();
        }
    }

    void afterCall(String operationKey) {
        SandboxConfig current = config.get();
        if (current.faultsApplyTo(operationKey) && roll(current.lostResponseRate())) {
            throw new DroppedConnection();
        }
    }

    private synchronized boolean roll(double rate) {
        return rate > 0 && random.nextDouble() < rate;
    }
}
