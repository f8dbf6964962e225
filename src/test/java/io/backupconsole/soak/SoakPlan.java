package io.backupconsole.soak;

import io.backupconsole.aws.ClientFactory;
import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.awsbackup.AwsBackupModule;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.AwsBackupRules;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.storage.JsonFile;
import io.backupconsole.testsupport.CliRequests;
import io.backupconsole.testsupport.StandardServices;
import io.backupconsole.testsupport.TestClients;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The soak's intent, written by the driver before any worker starts: every backup the "user" asks for, each with
 * its own idempotency token. The token names the request in the job journal (the worker finds which requests it
 * has already journalled by it), and for FSx and AWS Backup it is also the token sent to the service.
 *
 * @param endpoint the long-lived sandbox every worker talks to
 * @param region   the region of every request
 * @param requests the requests, in the order the user makes them
 */
public record SoakPlan(URI endpoint, String region, List<BackupRequest> requests) {
    public SoakPlan {
        requests = List.copyOf(requests);
    }

    /** The connection a worker (and the checker) uses: the endpoint for every service. */
    public Connection connection() {
        Map<AwsService, URI> endpoints = new LinkedHashMap<>();
        for (AwsService service : StandardServices.registry().services()) {
            endpoints.put(service, endpoint);
        }
        return new Connection.Endpoint(endpoints, region);
    }

    /** {@code count} requests spread round-robin over every resource that can be backed up, across the services. */
    public static SoakPlan build(URI endpoint, String region, int count, String runId) {
        SoakPlan empty = new SoakPlan(endpoint, region, List.of());
        try (ClientFactory clients = TestClients.factory();
                ServiceAdapters adapters = clients.connect(empty.connection())) {
            List<Resource> resources = new ArrayList<>();
            for (AwsService service : StandardServices.registry().services()) {
                adapters.get(service).listResources().stream()
                        .filter(r -> r.eligibility().allowed())
                        .forEach(resources::add);
            }
            String vault = adapters.get(AwsBackupModule.ADAPTER).listVaults().stream()
                    .filter(v -> !v.locked())
                    .findFirst()
                    .orElseThrow()
                    .name();
            List<BackupRequest> requests = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                requests.add(request(resources.get(n % resources.size()), vault, runId + "-" + n));
            }
            return new SoakPlan(endpoint, region, requests);
        }
    }

    /** Each service's request as its command line builds it; the token also names the backup. */
    private static BackupRequest request(Resource resource, String vault, String token) {
        return CliRequests.request(
                StandardServices.registry(),
                resource,
                Map.of(
                        "--name",
                        token,
                        "--description",
                        token,
                        "--vault",
                        vault,
                        "--role",
                        AwsBackupRules.defaultServiceRole(SimulationContext.ACCOUNT_ID),
                        "--start-window",
                        "60"),
                token);
    }

    public void write(Path file) throws IOException {
        JsonFile.MAPPER.writeValue(file.toFile(), this);
    }

    public static SoakPlan read(Path file) throws IOException {
        return JsonFile.MAPPER.readValue(file.toFile(), SoakPlan.class);
    }
}
