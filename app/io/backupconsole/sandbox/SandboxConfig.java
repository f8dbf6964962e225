package io.backupconsole.sandbox;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The sandbox's tunable behaviour, as read and written by {@code /_sandbox/config}.
 *
 * @param timeScale         how much faster than real time simulated backups run
 * @param backupFailureRate share of new backups that end in failure (0..1)
 * @param latencyMs         delay added before every service answer
 * @param throttleRate      share of calls answered with ThrottlingException before taking effect (0..1)
 * @param serverErrorRate   share of calls answered with the service's 5xx error before taking effect (0..1)
 * @param lostResponseRate  share of calls that take effect but whose connection drops before the answer (0..1)
 * @param faultOperations   when not empty, faults apply only to these operations ({@code fsx:CreateBackup}, ...)
 * @param seed              seed of the sandbox's random choices (ids, durations, faults)
 * @param forcedErrors      errors that answer every call of their operation, before it takes effect
 * @param sparseResponses   answer like an endpoint that implements less than AWS: each item keeps its identifier and
 *                          the members the service model marks required, every other member is dropped
 * @param unsupportedOperations operations ({@code fsx:DescribeVolumes}, ...) answered as unknown, like an endpoint
 *                          that does not implement them
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SandboxConfig(
        double timeScale,
        double backupFailureRate,
        long latencyMs,
        double throttleRate,
        double serverErrorRate,
        double lostResponseRate,
        List<String> faultOperations,
        long seed,
        List<ForcedError> forcedErrors,
        boolean sparseResponses,
        List<String> unsupportedOperations) {

    /** {@code service:Operation}, as the request counters spell it. */
    private static final Pattern OPERATION_KEY = Pattern.compile("[a-z-]+:[A-Za-z]+");

    @JsonCreator
    public SandboxConfig {
        faultOperations = faultOperations == null ? List.of() : List.copyOf(faultOperations);
        forcedErrors = forcedErrors == null ? List.of() : List.copyOf(forcedErrors);
        unsupportedOperations = unsupportedOperations == null ? List.of() : List.copyOf(unsupportedOperations);
        for (String operation : unsupportedOperations) {
            if (!OPERATION_KEY.matcher(operation).matches()) {
                throw new IllegalArgumentException(
                        "unsupportedOperations must name operations as service:Operation (fsx:DescribeVolumes), got "
                                + operation);
            }
        }
        if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
            throw new IllegalArgumentException("timeScale must be a positive number, got " + timeScale);
        }
        requireRate("backupFailureRate", backupFailureRate);
        requireRate("throttleRate", throttleRate);
        requireRate("serverErrorRate", serverErrorRate);
        requireRate("lostResponseRate", lostResponseRate);
        if (latencyMs < 0 || latencyMs > 60_000) {
            throw new IllegalArgumentException("latencyMs must be between 0 and 60000, got " + latencyMs);
        }
    }

    /** Full answers, every operation supported, no forced errors. */
    public SandboxConfig(
            double timeScale,
            double backupFailureRate,
            long latencyMs,
            double throttleRate,
            double serverErrorRate,
            double lostResponseRate,
            List<String> faultOperations,
            long seed) {
        this(
                timeScale,
                backupFailureRate,
                latencyMs,
                throttleRate,
                serverErrorRate,
                lostResponseRate,
                faultOperations,
                seed,
                List.of(),
                false,
                List.of());
    }

    /** Defaults for people: backups take tens of seconds to minutes, one in ten fails, no faults. */
    public static SandboxConfig interactive() {
        return new SandboxConfig(1.0, 0.1, 0, 0, 0, 0, List.of(), 20261122L);
    }

    public SandboxConfig withTimeScale(double scale) {
        return changed(copy -> copy.timeScale = scale);
    }

    public SandboxConfig withBackupFailureRate(double rate) {
        return changed(copy -> copy.backupFailureRate = rate);
    }

    /** The same configuration, with these forced errors instead of its own. */
    public SandboxConfig withForcedErrors(List<ForcedError> errors) {
        return changed(copy -> copy.forcedErrors = errors);
    }

    public SandboxConfig withSparseResponses(boolean sparse) {
        return changed(copy -> copy.sparseResponses = sparse);
    }

    public SandboxConfig withUnsupportedOperations(List<String> operations) {
        return changed(copy -> copy.unsupportedOperations = operations);
    }

    private SandboxConfig changed(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    boolean supports(String operationKey) {
        return !unsupportedOperations.contains(operationKey);
    }

    boolean faultsApplyTo(String operationKey) {
        return faultOperations.isEmpty() || faultOperations.contains(operationKey);
    }

    private static void requireRate(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, got " + value);
        }
    }

    /**
     * A configuration being changed in the members the {@code with} methods change; the others are taken from the
     * original. The record's constructor checks the result.
     */
    private static final class Copy {
        private final SandboxConfig original;
        private double timeScale;
        private double backupFailureRate;
        private List<ForcedError> forcedErrors;
        private boolean sparseResponses;
        private List<String> unsupportedOperations;

        Copy(SandboxConfig original) {
            this.original = original;
            timeScale = original.timeScale;
            backupFailureRate = original.backupFailureRate;
            forcedErrors = original.forcedErrors;
            sparseResponses = original.sparseResponses;
            unsupportedOperations = original.unsupportedOperations;
        }

        SandboxConfig build() {
            return new SandboxConfig(
                    timeScale,
                    backupFailureRate,
                    original.latencyMs,
                    original.throttleRate,
                    original.serverErrorRate,
                    original.lostResponseRate,
                    original.faultOperations,
                    original.seed,
                    forcedErrors,
                    sparseResponses,
                    unsupportedOperations);
        }
    }
}
