package io.backupconsole.sandbox.lightsail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.domain.rules.LightsailRules;
import io.backupconsole.domain.rules.Violation;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.lightsail.LightsailRecords.Database;
import io.backupconsole.sandbox.protocol.SandboxRequest;
import io.backupconsole.sandbox.protocol.ServiceError;
import io.backupconsole.sandbox.support.Fields;
import io.backupconsole.sandbox.support.Json;
import java.time.Instant;
import java.util.List;

/** GetRelationalDatabases and GetRelationalDatabase. Read-only; run under the simulator's lock like every handler. */
final class LightsailDatabaseOperations {
    /** Databases per page: undocumented by AWS, kept small like {@link LightsailSnapshotOperations#PAGE_SIZE}. */
    static final int PAGE_SIZE = 25;

    private final SimulationContext context;

    LightsailDatabaseOperations(SimulationContext context) {
        this.context = context;
    }

    JsonNode list(LightsailRegion region, SandboxRequest request) {
        Fields fields = new Fields(request.body(), LightsailErrors.INSTANCE);
        Instant now = context.now();
        return LightsailJson.page(
                "relationalDatabases",
                fields,
                region.databases(),
                PAGE_SIZE,
                db -> LightsailJson.database(db, region.stateOf(db, now), region.regionName()));
    }

    JsonNode get(LightsailRegion region, SandboxRequest request) {
        Fields fields = new Fields(request.body(), LightsailErrors.INSTANCE);
        String name = fields.requiredString("relationalDatabaseName");
        List<Violation> problems = LightsailRules.checkResourceName(name, "relationalDatabaseName");
        if (!problems.isEmpty()) {
            throw LightsailErrors.invalidInput(problems);
        }
        Database database = region.database(name).orElseThrow(() -> databaseNotFound(name));
        ObjectNode body = Json.object();
        body.set(
                "relationalDatabase",
                LightsailJson.database(database, region.stateOf(database, context.now()), region.regionName()));
        return body;
    }

    static ServiceError databaseNotFound(String name) {
        return LightsailErrors.notFound(
                "The relational database " + name + " does not exist.",
                "Check the database name (relationalDatabaseName) and the Region.");
    }
}
