package io.backupconsole.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.testsupport.SandboxFixture;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rules and the sandbox agree on hostile input: what the rules accept, the sandbox accepts; what they refuse,
 * the sandbox refuses with the service's modelled validation error. The inputs (names, descriptions, tags, windows)
 * mix model-drawn values with arbitrary UTF-16 (controls, lone surrogates, astral characters, up to 100,000 units)
 * and travel as the SDKs send them, JSON with non-ASCII escaped, so a lone surrogate reaches the sandbox intact.
 */
class RulesAgreeWithSandboxTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private static final ObjectMapper WIRE =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final int CASES_PER_SERVICE = 60;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static String freeResourceArn;

    /** One create request: what the rules say of it, and the request the app would send. */
    private record Attempt(List<Violation> violations, HttpRequest request, String refusalCode) {}

    @BeforeAll
    static void findAResourceWithoutARunningJob() throws Exception {
        JsonNode jobs = get("/backup-jobs/").get("BackupJobs");
        List<String> busy = StreamSupport.stream(jobs.spliterator(), false)
                .filter(job -> List.of("CREATED", "PENDING", "RUNNING")
                        .contains(job.path("State").asText()))
                .map(job -> job.path("ResourceArn").asText())
                .toList();
        freeResourceArn = StreamSupport.stream(get("/resources/").get("Results").spliterator(), false)
                .map(r -> r.path("ResourceArn").asText())
                .filter(arn -> !busy.contains(arn) && arn.contains(":volume/"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void opsWorksCmCreateBackup() throws Exception {
        agree(r -> {
            String description = r.chance(0.5)
                    ? RandomTags.text(r, RandomTags.OPSWORKS_ALPHABET, r.between(0, 200))
                    : r.anyTextOrNull();
            List<Tag> tags = tags(r, RandomTags.Flavour.OPSWORKS_CM);
            ObjectNode body = WIRE.createObjectNode().put("ServerName", "chef-prod");
            if (description != null) {
                body.put("Description", description);
            }
            body.set("Tags", tagList(tags, "Key", "Value"));
            return new Attempt(
                    OpsWorksCmRules.checkCreateBackup("chef-prod", description, tags),
                    json("OpsWorksCM_V2016_11_01.CreateBackup", body),
                    "ValidationException");
        });
    }

    @Test
    void fsxCreateBackup() throws Exception {
        agree(r -> {
            String name = r.chance(0.5)
                    ? RandomTags.text(r, RandomTags.MODEL_ALPHABET, r.between(0, 260))
                    : r.anyTextOrNull();
            List<Tag> tags = tags(r, RandomTags.Flavour.STANDARD);
            String token = r.chance(0.8) ? r.string(RandomInputs.ASCII_LETTERS + "_.-", r.between(1, 63)) : r.anyText();
            ObjectNode body = WIRE.createObjectNode()
                    .put("FileSystemId", "fs-0a1b2c3d4e5f60002")
                    .put("ClientRequestToken", token);
            body.set("Tags", tagList(FsxRules.backupTags(name, tags), "Key", "Value"));
            return new Attempt(
                    FsxRules.checkCreateBackup("fs-0a1b2c3d4e5f60002", name, tags, token),
                    json("AWSSimbaAPIService_v20180301.CreateBackup", body),
                    "BadRequest");
        });
    }

    @Test
    void lightsailCreateSnapshot() throws Exception {
        agree(r -> {
            String name = r.chance(0.5)
                    ? "s" + r.string(RandomInputs.ASCII_LETTERS + RandomInputs.DIGITS + "-", r.between(0, 260))
                    : r.anyText();
            List<Tag> tags = tags(r, RandomTags.Flavour.STANDARD);
            ObjectNode body = WIRE.createObjectNode()
                    .put("relationalDatabaseName", "shop-mysql")
                    .put("relationalDatabaseSnapshotName", name);
            body.set("tags", tagList(tags, "key", "value"));
            return new Attempt(
                    LightsailRules.checkSnapshotRequest("shop-mysql", name, tags),
                    json("Lightsail_20161128.CreateRelationalDatabaseSnapshot", body),
                    "InvalidInputException");
        });
    }

    @Test
    void awsBackupStartBackupJob() throws Exception {
        agree(r -> {
            // RecoveryPointTags is a map on the wire: a repeated key is sent once, so the rules judge what is sent.
            Map<String, String> map = new LinkedHashMap<>();
            tags(r, RandomTags.Flavour.STANDARD).forEach(tag -> map.put(tag.key(), tag.value()));
            List<Tag> tags = map.entrySet().stream()
                    .map(e -> new Tag(e.getKey(), e.getValue()))
                    .toList();
            Long start = r.chance(0.4) ? null : r.between(-100L, 400L);
            Long complete = r.chance(0.4) ? null : r.between(-100L, 600L);
            ObjectNode body = WIRE.createObjectNode()
                    .put("BackupVaultName", "Default")
                    .put("ResourceArn", freeResourceArn)
                    .put("IamRoleArn", AwsBackupRules.defaultServiceRole(SimulationContext.ACCOUNT_ID));
            body.set("RecoveryPointTags", WIRE.valueToTree(map));
            if (start != null) {
                body.put("StartWindowMinutes", start);
            }
            if (complete != null) {
                body.put("CompleteWindowMinutes", complete);
            }
            List<Violation> violations = new ArrayList<>(AwsBackupRules.checkWindows(start, complete));
            violations.addAll(AwsBackupRules.checkRecoveryPointTags(tags));
            HttpRequest request = HttpRequest.newBuilder(
                            sandbox.server().endpoint().resolve("/backup-jobs"))
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(WIRE.writeValueAsBytes(body)))
                    .build();
            return new Attempt(violations, request, "InvalidParameterValueException");
        });
    }

    private interface AttemptSource {
        Attempt next(RandomInputs r) throws Exception;
    }

    private static void agree(AttemptSource source) throws Exception {
        int accepted = 0;
        for (long seed = RandomInputs.BASE_SEED; seed < RandomInputs.BASE_SEED + CASES_PER_SERVICE; seed++) {
            RandomInputs r = new RandomInputs(seed);
            Attempt attempt = source.next(r);
            HttpResponse<String> response = HTTP.send(attempt.request(), HttpResponse.BodyHandlers.ofString());
            String why = "seed " + seed + ", rules said " + attempt.violations() + ", sandbox answered "
                    + response.statusCode() + " " + RandomInputs.show(response.body()) + ": ";
            RandomInputs.assertWellFormed(attempt.violations(), why);
            if (attempt.violations().isEmpty()) {
                assertEquals(200, response.statusCode(), why + "what the rules accept, the sandbox accepts");
                accepted++;
                sandbox.server().reset(); // the next case finds the resource free again
            } else {
                assertEquals(400, response.statusCode(), why + "what the rules refuse, the sandbox refuses");
                JsonNode error = WIRE.readTree(response.body());
                String code = error.has("__type")
                        ? error.get("__type").asText()
                        : error.path("Code").asText();
                assertEquals(attempt.refusalCode(), code, why + "with the modelled error");
                String message = error.has("message")
                        ? error.get("message").asText()
                        : error.path("Message").asText();
                assertFalse(message.isBlank(), why + "and a message");
            }
        }
        assertTrue(accepted > 0 && accepted < CASES_PER_SERVICE, "both outcomes occur: " + accepted + " accepted");
    }

    private static List<Tag> tags(RandomInputs r, RandomTags.Flavour flavour) {
        if (r.chance(0.25)) {
            return List.of(new Tag(r.anyText(), r.anyText()));
        }
        List<Tag> tags = RandomTags.list(r, flavour).tags();
        return tags.size() > 60 ? tags.subList(0, 60) : tags;
    }

    private static ArrayNode tagList(List<Tag> tags, String keyMember, String valueMember) {
        ArrayNode array = WIRE.createArrayNode();
        tags.forEach(tag -> array.addObject().put(keyMember, tag.key()).put(valueMember, tag.value()));
        return array;
    }

    private static HttpRequest json(String target, ObjectNode body) throws Exception {
        return HttpRequest.newBuilder(sandbox.server().endpoint().resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", target)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(WIRE.writeValueAsBytes(body)))
                .build();
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(sandbox.server().endpoint().resolve(path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return WIRE.readTree(response.body());
    }
}
