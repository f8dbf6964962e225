package io.backupconsole.sandbox.fsx;

import io.backupconsole.sandbox.JsonServiceSimulator;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.protocol.ServiceError;

/** Simulated Amazon FSx. */
public final class FsxSimulator extends JsonServiceSimulator {
    private final SimulationContext context;

    public FsxSimulator(SimulationContext context) {
        super("AWSSimbaAPIService_v20180301");
        this.context = context;
    }

    @Override
    public String statsPrefix() {
        return "fsx";
    }

    @Override
    public String errorMessageMember() {
        return "Message";
    }

    @Override
    public ServiceError serverError() {
        return new ServiceError(500, "InternalServerError", "A generic error indicating a server-side failure.");
    }

    @Override
    public void reset() {
    }
}
