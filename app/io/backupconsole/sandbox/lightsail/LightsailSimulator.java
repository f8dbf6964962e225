package io.backupconsole.sandbox.lightsail;

import io.backupconsole.sandbox.JsonServiceSimulator;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.protocol.ServiceError;

/** Simulated Amazon Lightsail. */
public final class LightsailSimulator extends JsonServiceSimulator {
    private final SimulationContext context;

    public LightsailSimulator(SimulationContext context) {
        super("Lightsail_20161128");
        this.context = context;
    }

    @Override
    public String statsPrefix() {
        return "lightsail";
    }

    @Override
    public String errorMessageMember() {
        return "message";
    }

    @Override
    public ServiceError serverError() {
        return new ServiceError(500, "ServiceException", "A general service exception.");
    }

    @Override
    public void reset() {
    }
}
