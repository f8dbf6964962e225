package io.backupconsole.sandbox.opsworkscm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.domain.rules.OpsWorksCmRules;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.protocol.SandboxRequest;
import io.backupconsole.sandbox.protocol.ServiceError;
import io.backupconsole.sandbox.support.Fields;
import io.backupconsole.sandbox.support.Json;
import io.backupconsole.sandbox.support.Pages;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** DescribeServers. Called under the simulator's lock. */
final class OpsWorksCmServerOperations {
    private final SimulationContext context;

    OpsWorksCmServerOperations(SimulationContext context) {
        this.context = context;
    }

    /** All servers, or the one named by ServerName (ResourceNotFoundException when unknown), paged by MaxResults. */
    JsonNode describeServers(OpsWorksCmRegion region, SandboxRequest request) {
        Fields fields = OpsWorksCmInput.fields(request.body());
        Optional<String> serverName = fields.string("ServerName");
        serverName.ifPresent(name -> OpsWorksCmInput.require(OpsWorksCmRules.checkServerName(name)));
        int pageSize = OpsWorksCmInput.pageSize(fields);
        Optional<String> token = OpsWorksCmInput.nextToken(fields);

        Instant now = context.now();
        region.sweep(now);
        List<OpsWorksCmServer> matching = serverName
                .map(name -> List.of(region.server(name).orElseThrow(() -> serverNotFound(name))))
                .orElseGet(region::servers);
        Pages.Page<OpsWorksCmServer> page = Pages.page(matching, token, pageSize, OpsWorksCmInput.ERRORS);

        ArrayNode servers = Json.array();
        page.items().forEach(server -> servers.add(OpsWorksCmJson.server(server, region.status(server, now))));
        ObjectNode output = Json.object();
        output.set("Servers", servers);
        OpsWorksCmInput.putNextToken(output, page);
        return output;
    }

    static ServiceError serverNotFound(String serverName) {
        return ServiceError.badRequest(
                "ResourceNotFoundException",
                "There is no server named '" + serverName + "' in this account and region.");
    }
}
