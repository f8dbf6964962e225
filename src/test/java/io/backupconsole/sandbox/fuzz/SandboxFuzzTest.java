package io.backupconsole.sandbox.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.backupconsole.sandbox.support.Json;
import io.backupconsole.testsupport.SandboxFixture;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Seeded, deterministic fuzzing of the sandbox's request handling over real HTTP: a valid request of every operation,
 * mutated in its body, headers, method, path and framing. Property: every answer is a 2xx or a 4xx, every 4xx the
 * sandbox writes is an AWS-style error (code, message, x-amzn-ErrorType), nothing hangs, and the sandbox keeps
 * answering valid requests. Requests that are not even HTTP/1.1 may instead be refused by the JDK's HTTP server
 * itself, or have their connection closed, but never get a 5xx. A failure prints the case, to be kept as a test in
 * {@link MalformedRequestTest}.
 */
class SandboxFuzzTest {
    private static final long SEED = 20261201L;
    private static final int CASES = 3000;
    private static final int TIMEOUT_MILLIS = 15_000;

    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @Test
    void mutatedRequestsGetAClientErrorOrSucceedAndTheSandboxKeepsAnswering() throws Exception {
        sandbox.configure(config -> config.withTimeScale(1)); // the job to stop must still run at the end
        List<FuzzRequest> seeds = ValidRequests.all(seedIds());
        List<String> refused = new ArrayList<>();
        for (FuzzRequest seed : seeds) {
            RawHttp.Response response = send(seed).orElseThrow();
            if (response.status() / 100 != 2) {
                refused.add(seed + "\n→ " + response.status() + " " + response.bodyText());
            }
        }
        assertEquals(List.of(), refused, "the starting requests are valid");
        Random random = new Random(SEED);
        BodyMutations body = new BodyMutations(random);
        WireMutations wire = new WireMutations(random);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>(); // 200, 400: answered by the sandbox; 401: by the JDK server
        for (int i = 0; i < CASES && failures.size() < 15; i++) {
            FuzzRequest request = seeds.get(random.nextInt(seeds.size())).withDescription("case " + i);
            for (int n = 1 + (random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0); n > 0; n--) {
                int kind = random.nextInt(100);
                request = kind < 45
                        ? body.mutateTree(request)
                        : kind < 60
                                ? body.mutateBytes(request)
                                : kind < 72
                                        ? wire.mutateHeaders(request)
                                        : kind < 78
                                                ? wire.mutateMethod(request)
                                                : kind < 92 ? wire.mutatePath(request) : wire.mutateFraming(request);
            }
            problem(
                            sandbox.server().port(),
                            request,
                            response -> statuses.merge(
                                    response.status() / 100 * 100
                                            + (response.headers().containsKey("x-amzn-requestid") ? 0 : 1),
                                    1,
                                    Integer::sum))
                    .map(SandboxFuzzTest::printable)
                    .ifPresent(failures::add);
            if (i % 50 == 49) {
                stillAnswers(seeds);
            }
        }
        stillAnswers(seeds);
        assertEquals(List.of(), failures, String.join("\n\n", failures));
        assertTrue(
                statuses.getOrDefault(200, 0) > CASES / 20 && statuses.getOrDefault(400, 0) > CASES / 2,
                "most cases reach the sandbox's own parsing and some still succeed: " + statuses);
    }

    /** What is wrong with the answer to the request, if anything. */
    static Optional<String> problem(int port, FuzzRequest request) {
        return problem(port, request, response -> {});
    }

    private static Optional<String> problem(int port, FuzzRequest request, Consumer<RawHttp.Response> seen) {
        Optional<RawHttp.Response> answer;
        try {
            answer = send(port, request);
        } catch (IOException e) {
            return Optional.of(request + "\n→ " + e);
        }
        answer.ifPresent(seen);
        if (answer.isEmpty()) {
            return request.mayBeRefusedByHttpServer()
                    ? Optional.empty()
                    : Optional.of(request + "\n→ connection closed without an answer");
        }
        RawHttp.Response response = answer.get();
        int status = response.status();
        if (status / 100 == 2) {
            return Optional.empty();
        }
        if (status / 100 != 4) {
            return Optional.of(request + "\n→ " + status + " " + shorten(response.bodyText()));
        }
        boolean fromSandbox = response.headers().containsKey("x-amzn-requestid");
        if (!fromSandbox && request.mayBeRefusedByHttpServer()) {
            return Optional.empty();
        }
        return awsStyleErrorProblem(request, response);
    }

    private static Optional<String> awsStyleErrorProblem(FuzzRequest request, RawHttp.Response response) {
        if (request.method().equals("HEAD")) {
            return Optional.empty();
        }
        try {
            JsonNode body = Json.MAPPER.readTree(response.body());
            String code = text(body, "__type").or(() -> text(body, "Code")).orElse("");
            String message =
                    text(body, "message").or(() -> text(body, "Message")).orElse("");
            if (!code.isBlank()
                    && !message.isBlank()
                    && code.equals(response.headers().get("x-amzn-errortype"))) {
                return Optional.empty();
            }
        } catch (IOException | RuntimeException e) {
            // Not JSON: reported below.
        }
        return Optional.of(request + "\n→ " + response.status() + " without an AWS-style error: " + response.headers()
                + " " + shorten(response.bodyText()));
    }

    /** The report as ASCII, so that a test report cannot be cut short by the odd characters it quotes. */
    static String printable(String text) {
        StringBuilder shown = new StringBuilder();
        text.chars()
                .forEach(c -> shown.append(
                        c >= 0x20 && c < 0x7f || c == '\n' ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return shown.toString();
    }

    private static String shorten(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "… (" + text.length() + " characters)" : text;
    }

    private static Optional<String> text(JsonNode body, String member) {
        return Optional.ofNullable(body)
                .map(b -> b.get(member))
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText);
    }

    private static void stillAnswers(List<FuzzRequest> seeds) throws IOException {
        for (FuzzRequest seed : List.of(seeds.get(0), seeds.get(4), seeds.get(9), seeds.get(17))) {
            RawHttp.Response response = send(seed).orElseThrow(() -> new AssertionError("no answer to " + seed));
            assertEquals(200, response.status(), "the sandbox still answers " + seed.description());
        }
    }

    private static Optional<RawHttp.Response> send(FuzzRequest request) throws IOException {
        return send(sandbox.server().port(), request);
    }

    static Optional<RawHttp.Response> send(int port, FuzzRequest request) throws IOException {
        return RawHttp.send(port, request.toBytes(), TIMEOUT_MILLIS);
    }

    private static JsonNode call(FuzzRequest request) throws IOException {
        RawHttp.Response response = send(request).orElseThrow();
        assertEquals(200, response.status(), request + " " + response.bodyText());
        return Json.MAPPER.readTree(response.body());
    }

    private static Optional<JsonNode> first(JsonNode list, String member, String value) {
        return StreamSupport.stream(list.spliterator(), false)
                .filter(item -> member == null || value.equals(item.path(member).asText()))
                .findFirst();
    }

    private static ValidRequests.SeedIds seedIds() throws IOException {
        JsonNode completed = call(FuzzRequest.rest("jobs", "GET", "/backup-jobs/?state=COMPLETED", ""))
                .get("BackupJobs");
        JsonNode jobs =
                call(FuzzRequest.rest("jobs", "GET", "/backup-jobs/", "")).get("BackupJobs");
        List<String> busy = StreamSupport.stream(jobs.spliterator(), false)
                .filter(job -> List.of("CREATED", "PENDING", "RUNNING")
                        .contains(job.path("State").asText()))
                .map(job -> job.path("ResourceArn").asText())
                .toList();
        List<JsonNode> free = StreamSupport.stream(
                        call(FuzzRequest.rest("resources", "GET", "/resources/", ""))
                                .get("Results")
                                .spliterator(),
                        false)
                .filter(r -> !busy.contains(r.path("ResourceArn").asText()))
                .toList();
        JsonNode toStop = free.stream()
                .filter(r -> List.of("EBS", "EC2", "EFS", "S3", "DynamoDB")
                        .contains(r.path("ResourceType").asText()))
                .findFirst()
                .orElseThrow();
        String toStart = free.stream()
                .filter(r -> r != toStop)
                .findFirst()
                .orElseThrow()
                .get("ResourceArn")
                .asText();
        String stoppable = call(FuzzRequest.rest(
                        "start",
                        "PUT",
                        "/backup-jobs",
                        "{\"BackupVaultName\":\"Default\","
                                + "\"ResourceArn\":\""
                                + toStop.get("ResourceArn").asText() + "\",\"IamRoleArn\":\"" + ValidRequests.ROLE
                                + "\"}"))
                .get("BackupJobId")
                .asText();
        JsonNode snapshots = call(FuzzRequest.json(
                        "snapshots", ValidRequests.LIGHTSAIL + "GetRelationalDatabaseSnapshots", "{}"))
                .get("relationalDatabaseSnapshots");
        String snapshot =
                first(snapshots, "state", "available").orElseThrow().get("name").asText();
        return new ValidRequests.SeedIds(
                completed.get(0).get("BackupJobId").asText(),
                stoppable,
                toStart,
                fsxBackupId(),
                opsWorksBackupId(),
                snapshot,
                lightsailOperationId());
    }

    private static String fsxBackupId() throws IOException {
        JsonNode backups = call(FuzzRequest.json("backups", ValidRequests.FSX + "DescribeBackups", "{}"))
                .get("Backups");
        return first(backups, "Type", "USER_INITIATED")
                .orElse(backups.get(0))
                .get("BackupId")
                .asText();
    }

    private static String opsWorksBackupId() throws IOException {
        JsonNode backups = call(FuzzRequest.json(
                        "backups", ValidRequests.OPSWORKS + "DescribeBackups", "{\"ServerName\":\"chef-prod\"}"))
                .get("Backups");
        return first(backups, "BackupType", "MANUAL")
                .orElse(backups.get(0))
                .get("BackupId")
                .asText();
    }

    private static String lightsailOperationId() throws IOException {
        return call(FuzzRequest.json("operations", ValidRequests.LIGHTSAIL + "GetOperations", "{}"))
                .get("operations")
                .get(0)
                .get("id")
                .asText();
    }
}
