package io.backupconsole.sandbox.backup;

import io.backupconsole.sandbox.RestServiceSimulator;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.protocol.ServiceError;

/** Simulated AWS Backup. */
public final class BackupSimulator extends RestServiceSimulator {
    private final SimulationContext context;

    public BackupSimulator(SimulationContext context) {

        this.context = context;
    }

    @Override
    public String statsPrefix() {
        return "backup";
    }

    @Override
    public String errorMessageMember() {
        return "Message";
    }

    @Override
    public ServiceError serverError() {
        return new ServiceError(503, "ServiceUnavailableException", "The request failed due to a temporary failure of the server.");
    }

    @Override
    public void reset() {
    }
}
