package io.backupconsole.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.backupconsole.sandbox.support.Json;
import io.backupconsole.testsupport.SandboxFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.fsx.model.Backup;
import software.amazon.awssdk.services.fsx.model.FileSystem;
import software.amazon.awssdk.services.lightsail.model.RelationalDatabase;

/**
 * The two settings that make the sandbox answer like an endpoint implementing less than AWS, read through the real
 * SDK clients: {@code sparseResponses} keeps each item's identifier, the members the model requires, and the items'
 * list and page token; {@code unsupportedOperations} answers an operation as unknown.
 */
class SparseAnswersSandboxTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private final HttpClient http = HttpClient.newHttpClient();

    private JsonNode postConfig(String body, int expectedStatus) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(sandbox.server().endpoint() + "/_sandbox/config"))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(expectedStatus, response.statusCode(), response.body());
        return Json.MAPPER.readTree(response.body());
    }

    @Test
    void bothSettingsAreMembersOfTheConfigAndAreChecked() throws Exception {
        JsonNode changed =
                postConfig("{\"sparseResponses\":true,\"unsupportedOperations\":[\"fsx:DescribeVolumes\"]}", 200);
        assertTrue(changed.get("sparseResponses").asBoolean());
        assertEquals(
                "fsx:DescribeVolumes",
                changed.get("unsupportedOperations").get(0).asText());
        assertTrue(sandbox.server().config().sparseResponses());

        JsonNode refused = postConfig("{\"unsupportedOperations\":[\"DescribeVolumes\"]}", 400);
        assertTrue(refused.get("message").asText().contains("service:Operation"), refused.toString());
        assertEquals(List.of("fsx:DescribeVolumes"), sandbox.server().config().unsupportedOperations());
    }

    @Test
    void anFsxBackupKeepsWhatTheModelRequiresAndNothingElse() {
        sandbox.configure(c -> c.withSparseResponses(true));
        List<Backup> backups = sandbox.clients().fsx().describeBackups(b -> {}).backups();

        assertFalse(backups.isEmpty());
        for (Backup backup : backups) {
            assertNotNull(backup.backupId());
            assertNotNull(backup.lifecycle(), "required");
            assertNotNull(backup.type(), "required");
            assertNotNull(backup.creationTime(), "required");
            assertNotNull(backup.fileSystem().fileSystemId(), "required, and keeps its id");
            assertNull(backup.fileSystem().lifecycle(), "the file system's other members go");
            assertNull(backup.progressPercent());
            assertNull(backup.sizeInBytes());
            assertTrue(backup.tags().isEmpty());
            assertNull(backup.volume());
        }
    }

    @Test
    void itemsWhoseModelRequiresNothingKeepTheirIdentifierAndTheirPagesStillChain() {
        sandbox.configure(c -> c.withSparseResponses(true));
        List<FileSystem> fileSystems =
                sandbox.clients().fsx().describeFileSystemsPaginator(b -> b.maxResults(2)).stream()
                        .flatMap(page -> page.fileSystems().stream())
                        .toList();
        assertEquals(7, fileSystems.size(), "NextToken is kept: every page is read");
        assertTrue(fileSystems.stream()
                .allMatch(fs -> fs.fileSystemId() != null
                        && fs.lifecycle() == null
                        && fs.tags().isEmpty()));

        List<RelationalDatabase> databases =
                sandbox.clients().lightsail().getRelationalDatabases(b -> {}).relationalDatabases();
        assertTrue(databases.stream().allMatch(db -> db.name() != null && db.state() == null && db.arn() == null));
        var jobs = sandbox.clients().backup().listBackupJobs(b -> {}).backupJobs();
        assertTrue(jobs.stream().allMatch(job -> job.backupJobId() != null && job.state() == null));
        assertTrue(
                sandbox.clients()
                        .backup()
                        .describeRegionSettings(b -> {})
                        .resourceTypeOptInPreference()
                        .isEmpty(),
                "region settings are all optional: they go");
        var servers = sandbox.clients().opsWorksCm().describeServers(b -> {}).servers();
        assertTrue(servers.stream().allMatch(s -> s.serverName() != null && s.status() == null));
    }

    @Test
    void fullAnswersAreTheDefault() {
        FileSystem first = sandbox.clients()
                .fsx()
                .describeFileSystems(b -> {})
                .fileSystems()
                .get(0);
        assertNotNull(first.lifecycle());
        assertFalse(first.tags().isEmpty());
    }

    @Test
    void anUnsupportedOperationIsAnsweredAsUnknownAndTheOthersStillWork() {
        sandbox.configure(
                c -> c.withUnsupportedOperations(List.of("fsx:DescribeVolumes", "backup:GetSupportedResourceTypes")));

        AwsServiceException json = assertThrows(
                AwsServiceException.class, () -> sandbox.clients().fsx().describeVolumes(b -> {}));
        assertEquals("UnknownOperationException", json.awsErrorDetails().errorCode());
        assertEquals(400, json.statusCode(), "as for an operation the JSON endpoint never heard of");
        AwsServiceException rest = assertThrows(
                AwsServiceException.class, () -> sandbox.clients().backup().getSupportedResourceTypes(b -> {}));
        assertEquals("UnknownOperationException", rest.awsErrorDetails().errorCode());
        assertEquals(404, rest.statusCode(), "as for a path the REST endpoint has no route for");

        assertEquals(
                7,
                sandbox.clients()
                        .fsx()
                        .describeFileSystems(b -> {})
                        .fileSystems()
                        .size());
        assertEquals(1, sandbox.count("fsx:DescribeVolumes"), "the request was received and counted");
    }
}
