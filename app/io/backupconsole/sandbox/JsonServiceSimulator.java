package io.backupconsole.sandbox;

import io.backupconsole.sandbox.protocol.Protocol;
import io.backupconsole.sandbox.protocol.SandboxRequest;
import io.backupconsole.sandbox.protocol.SparseShape;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Base for AWS JSON 1.1 services: operations are picked by the {@code X-Amz-Target} suffix. */
public abstract class JsonServiceSimulator implements ServiceSimulator {
    private final String targetPrefix;
    private final Map<String, Operation> operations = new LinkedHashMap<>();

    protected JsonServiceSimulator(String targetPrefix) {
        this.targetPrefix = targetPrefix;
    }

    /** Registers an operation under its model name, answering in full even when answers are sparse. */
    protected final void on(String operationName, Handler handler) {
        on(operationName, handler, SparseShape.WHOLE);
    }

    /**
     * Registers an operation under its model name, with what of its answer survives {@code sparseResponses}. Call
     * from the constructor.
     */
    protected final void on(String operationName, Handler handler, SparseShape sparse) {
        operations.put(operationName, new Operation(operationName, handler, sparse));
    }

    @Override
    public final Protocol protocol() {
        return Protocol.AWS_JSON_1_1;
    }

    @Override
    public final Optional<String> targetPrefix() {
        return Optional.of(targetPrefix);
    }

    @Override
    public final Optional<Operation> operation(SandboxRequest request) {
        String target = request.target();
        int dot = target.indexOf('.');
        if (dot < 0 || !target.substring(0, dot).equals(targetPrefix)) {
            return Optional.empty();
        }
        return Optional.ofNullable(operations.get(target.substring(dot + 1)));
    }
}
