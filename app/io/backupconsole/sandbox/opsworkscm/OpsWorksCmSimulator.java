package io.backupconsole.sandbox.opsworkscm;

import io.backupconsole.sandbox.JsonServiceSimulator;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.protocol.ServiceError;

/** Simulated OpsWorks CM. */
public final class OpsWorksCmSimulator extends JsonServiceSimulator {
    private final SimulationContext context;

    public OpsWorksCmSimulator(SimulationContext context) {
        super("OpsWorksCM_V2016_11_01");
        this.context = context;
    }

    @Override
    public String statsPrefix() {
        return "opsworkscm";
    }

    @Override
    public String errorMessageMember() {
        return "Message";
    }

    @Override
    public ServiceError serverError() {
        return new ServiceError(500, "InternalFailure", "The request processing has failed because of an unknown error.");
    }

    @Override
    public void reset() {
    }
}
