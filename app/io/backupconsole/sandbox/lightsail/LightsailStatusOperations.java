package io.backupconsole.sandbox.lightsail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.lightsail.LightsailRecords.OperationRecord;
import io.backupconsole.sandbox.protocol.SandboxRequest;
import io.backupconsole.sandbox.support.Fields;
import io.backupconsole.sandbox.support.Json;
import java.time.Instant;

/** GetOperation and GetOperations. Read-only; run under the simulator's lock like every handler. */
final class LightsailStatusOperations {
    /** GetOperations documents "from oldest to newest, up to a maximum of 200" per answer. */
    static final int PAGE_SIZE = 200;

    private final SimulationContext context;

    LightsailStatusOperations(SimulationContext context) {
        this.context = context;
    }

    JsonNode get(LightsailRegion region, SandboxRequest request) {
        Fields fields = new Fields(request.body(), LightsailErrors.INSTANCE);
        String id = fields.requiredString("operationId");
        // NonEmptyString: the model's pattern .*\S.* refuses empty and blank ids.
        if (id.isBlank()) {
            throw LightsailErrors.invalidInput("operationId must not be empty or blank.", null);
        }
        OperationRecord operation = region.operation(id)
                .orElseThrow(() -> LightsailErrors.notFound(
                        "The operation " + id + " does not exist in " + region.regionName() + ".",
                        "Operation ids are per Region: check the id and the Region."));
        ObjectNode body = Json.object();
        body.set("operation", LightsailJson.operation(operation, context.now(), region.regionName()));
        return body;
    }

    JsonNode list(LightsailRegion region, SandboxRequest request) {
        Fields fields = new Fields(request.body(), LightsailErrors.INSTANCE);
        Instant now = context.now();
        return LightsailJson.page(
                "operations",
                fields,
                region.operations(),
                PAGE_SIZE,
                op -> LightsailJson.operation(op, now, region.regionName()));
    }
}
