package io.backupconsole.sandbox;

import io.backupconsole.sandbox.protocol.Protocol;
import io.backupconsole.sandbox.protocol.SandboxRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Base for AWS JSON 1.1 services: operations are picked by the {@code X-Amz-Target} suffix. */
public abstract class JsonServiceSimulator implements ServiceSimulator {
    private final String targetPrefix;
    private final Map<String, Handler> operations = new LinkedHashMap<>();

    protected JsonServiceSimulator(String targetPrefix) {
        this.targetPrefix = targetPrefix;
    }

    /** Registers an operation under its model name. Call from the constructor. */
    protected final void on(String operationName, Handler handler) {
        operations.put(operationName, handler);
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
        String name = target.substring(dot + 1);
        return Optional.ofNullable(operations.get(name)).map(handler -> new Operation(name, handler));
    }
}
