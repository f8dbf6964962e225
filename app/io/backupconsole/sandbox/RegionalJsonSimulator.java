package io.backupconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.backupconsole.sandbox.protocol.SandboxRequest;
import io.backupconsole.sandbox.protocol.ServiceError;
import io.backupconsole.sandbox.support.RegionalState;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Base for AWS JSON 1.1 services whose state is kept per region, seeded on first use and dropped by {@link #reset}.
 * Operations are registered with {@link #inRegion}, which hands them the state of the request's region. The
 * dispatcher calls every handler while holding this object's lock, so that state needs no further locking.
 *
 * @param <S> the state of one region
 */
public abstract class RegionalJsonSimulator<S> extends JsonServiceSimulator {
    private final ServiceConventions conventions;
    private final RegionalState<S> regions;

    protected RegionalJsonSimulator(String targetPrefix, ServiceConventions conventions, Function<String, S> seeder) {
        super(targetPrefix);
        this.conventions = conventions;
        this.regions = new RegionalState<>(seeder);
    }

    /** A handler that answers with {@code operation} applied to the state of the request's region. */
    protected final Handler inRegion(BiFunction<S, SandboxRequest, JsonNode> operation) {
        return request -> operation.apply(regions.in(request.region()), request);
    }

    @Override
    public final String statsPrefix() {
        return conventions.statsPrefix();
    }

    @Override
    public final String errorMessageMember() {
        return conventions.errorMessageMember();
    }

    @Override
    public final ServiceError serverError() {
        return conventions.serverError();
    }

    @Override
    public final void reset() {
        regions.reset();
    }
}
