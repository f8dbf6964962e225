package io.backupconsole.sandbox.lightsail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.testsupport.SandboxFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.lightsail.LightsailClient;
import software.amazon.awssdk.services.lightsail.model.CreateRelationalDatabaseSnapshotResponse;
import software.amazon.awssdk.services.lightsail.model.GetOperationsResponse;
import software.amazon.awssdk.services.lightsail.model.GetRelationalDatabaseSnapshotsResponse;
import software.amazon.awssdk.services.lightsail.model.InvalidInputException;
import software.amazon.awssdk.services.lightsail.model.LightsailException;
import software.amazon.awssdk.services.lightsail.model.Operation;
import software.amazon.awssdk.services.lightsail.model.RelationalDatabase;
import software.amazon.awssdk.services.lightsail.model.ServiceException;

/**
 * The simulated Lightsail through the real SDK v2 client over HTTP: pageToken paging, the sandbox's fault modes and
 * malformed requests. The operations' own behaviour is covered by {@link LightsailSandboxTest}.
 */
class LightsailSandboxWireTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private static LightsailClient lightsail() {
        return sandbox.clients().lightsail();
    }

    private static Map<String, RelationalDatabase> databases(LightsailClient client) {
        return client.getRelationalDatabases(r -> {}).relationalDatabases().stream()
                .collect(Collectors.toMap(RelationalDatabase::name, Function.identity()));
    }

    private static String stateOf(String database) {
        return lightsail()
                .getRelationalDatabase(r -> r.relationalDatabaseName(database))
                .relationalDatabase()
                .state();
    }

    private static Operation create(String database, String snapshot) {
        CreateRelationalDatabaseSnapshotResponse response = lightsail()
                .createRelationalDatabaseSnapshot(
                        r -> r.relationalDatabaseName(database).relationalDatabaseSnapshotName(snapshot));
        assertEquals(1, response.operations().size());
        return response.operations().getFirst();
    }

    private static void advance(Duration duration) {
        sandbox.server().clock().advance(duration);
    }

    // ---- paging

    @Test
    void snapshotsArePaged() {
        for (int i = 0; i < 20; i++) {
            create("shop-mysql", "paging-" + i);
            advance(Duration.ofMinutes(10));
        }
        List<String> names = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String pageToken = token;
            GetRelationalDatabaseSnapshotsResponse page =
                    lightsail().getRelationalDatabaseSnapshots(r -> r.pageToken(pageToken));
            assertTrue(page.relationalDatabaseSnapshots().size() <= LightsailSnapshotOperations.PAGE_SIZE);
            page.relationalDatabaseSnapshots().forEach(s -> names.add(s.name()));
            token = page.nextPageToken();
            pages++;
        } while (token != null);
        assertEquals(2, pages);
        assertEquals(27, names.size());
        assertEquals(27, new HashSet<>(names).size());
        InvalidInputException bad = assertThrows(
                InvalidInputException.class,
                () -> lightsail().getRelationalDatabaseSnapshots(r -> r.pageToken("not-a-token")));
        assertTrue(bad.getMessage().contains("pageToken"));
    }

    @Test
    void operationsArePagedBy200() {
        for (int i = 0; i < 100; i++) {
            String name = "churn-" + i;
            create("shop-mysql", name);
            advance(Duration.ofMinutes(10));
            lightsail().deleteRelationalDatabaseSnapshot(r -> r.relationalDatabaseSnapshotName(name));
        }
        List<Operation> all = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String token = null;
        do {
            String pageToken = token;
            GetOperationsResponse page = lightsail().getOperations(r -> r.pageToken(pageToken));
            sizes.add(page.operations().size());
            all.addAll(page.operations());
            token = page.nextPageToken();
        } while (token != null);
        assertEquals(List.of(200, 8), sizes);
        assertEquals(208, all.stream().map(Operation::id).distinct().count());
        for (int i = 1; i < all.size(); i++) {
            assertFalse(all.get(i).createdAt().isBefore(all.get(i - 1).createdAt()), "oldest to newest across pages");
        }
        assertThrows(InvalidInputException.class, () -> lightsail().getOperations(r -> r.pageToken("cGFnZTo5OTk5")));
    }

    // ---- faults

    @Test
    void throttledCallsAreRetriedBySdk() {
        sandbox.configure(c -> new SandboxConfig(
                c.timeScale(), 0, 0, 0.5, 0, 0, List.of("lightsail:GetRelationalDatabases"), c.seed()));
        int calls = 4;
        for (int i = 0; i < calls; i++) {
            assertEquals(6, databases(lightsail()).size());
        }
        assertTrue(sandbox.count("lightsail:GetRelationalDatabases") > calls, "throttled attempts were retried");
    }

    @Test
    void serverErrorsSurfaceAsServiceExceptionAfterRetries() {
        sandbox.configure(
                c -> new SandboxConfig(c.timeScale(), 0, 0, 0, 1.0, 0, List.of("lightsail:GetOperations"), c.seed()));
        ServiceException e =
                assertThrows(ServiceException.class, () -> lightsail().getOperations(r -> {}));
        assertEquals(500, e.statusCode());
        assertTrue(sandbox.count("lightsail:GetOperations") > 1, "5xx answers are retried");
    }

    /**
     * Lightsail's CreateRelationalDatabaseSnapshot has no idempotency token. When the answer is lost, the SDK retries
     * on its own (an I/O error is retryable); the first attempt already created the snapshot, so the retry is refused
     * with "already exists". Exactly one snapshot and one create operation exist afterwards. The app therefore
     * treats "already exists" after a lost answer as "check whether it was ours" (LightsailAdapter#snapshotNameExists).
     */
    @Test
    void lostCreateResponseLeavesOneSnapshotAndTheRetrySeesAlreadyExists() {
        // Real-time clock: the snapshot must still be running when the test looks at the database.
        sandbox.configure(c -> new SandboxConfig(
                1.0, 0, 0, 0, 0, 1.0, List.of("lightsail:CreateRelationalDatabaseSnapshot"), c.seed()));
        LightsailException e = assertThrows(LightsailException.class, () -> create("analytics-pg", "lost-answer"));
        assertTrue(e instanceof InvalidInputException, "the SDK's own retry is refused: " + e);
        assertTrue(e.getMessage().contains("already exists"));
        assertTrue(sandbox.count("lightsail:CreateRelationalDatabaseSnapshot") >= 2, "the SDK retried");
        sandbox.configure(c -> new SandboxConfig(1.0, 0, 0, 0, 0, 0, List.of(), c.seed()));
        assertEquals(
                1,
                lightsail().getRelationalDatabaseSnapshots(r -> {}).relationalDatabaseSnapshots().stream()
                        .filter(s -> s.name().equals("lost-answer"))
                        .count());
        assertEquals(
                1,
                lightsail().getOperations(r -> {}).operations().stream()
                        .filter(o -> o.resourceName().equals("lost-answer"))
                        .count());
        assertEquals("backing-up", stateOf("analytics-pg"));
    }

    @Test
    void lostResponseOnEveryAttemptOfAReadFailsWithAClientError() {
        sandbox.configure(c -> new SandboxConfig(
                c.timeScale(), 0, 0, 0, 0, 1.0, List.of("lightsail:GetRelationalDatabases"), c.seed()));
        assertThrows(SdkClientException.class, () -> lightsail().getRelationalDatabases(r -> {}));
        assertTrue(sandbox.count("lightsail:GetRelationalDatabases") > 1);
    }

    @Test
    void latencyDelaysTheAnswer() {
        sandbox.configure(c -> new SandboxConfig(c.timeScale(), 0, 300, 0, 0, 0, List.of(), c.seed()));
        long start = System.nanoTime();
        databases(lightsail());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 300);
    }

    // ---- malformed requests

    @Test
    void malformedBodiesAreSerializationExceptions() throws Exception {
        HttpResponse<String> notJson = post("GetRelationalDatabases", "{not json");
        assertEquals(400, notJson.statusCode());
        assertTrue(notJson.body().contains("SerializationException"));
        HttpResponse<String> wrongType = post(
                "CreateRelationalDatabaseSnapshot",
                "{\"relationalDatabaseName\": 5, \"relationalDatabaseSnapshotName\": \"x1\"}");
        assertEquals(400, wrongType.statusCode());
        assertTrue(wrongType.body().contains("SerializationException"));
        assertTrue(wrongType.body().contains("relationalDatabaseName"));
        HttpResponse<String> badTags = post(
                "CreateRelationalDatabaseSnapshot",
                "{\"relationalDatabaseName\": \"shop-mysql\", \"relationalDatabaseSnapshotName\": \"x1\", \"tags\": [\"k\"]}");
        assertEquals(400, badTags.statusCode());
        assertTrue(badTags.body().contains("SerializationException"));
        HttpResponse<String> unknown = post("GetInstances", "{}");
        assertEquals(400, unknown.statusCode());
    }

    private static HttpResponse<String> post(String operation, String body) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(sandbox.server().endpoint() + "/"))
                    .header("Content-Type", "application/x-amz-json-1.1")
                    .header("X-Amz-Target", "Lightsail_20161128." + operation)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
