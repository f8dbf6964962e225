package io.backupconsole.aws.opsworkscm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.AwsClients;
import io.backupconsole.aws.Connection;
import io.backupconsole.domain.Attribute;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupOrigin;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.testsupport.SandboxFixture;
import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/** The OpsWorks CM adapter against the sandbox, through the real SDK client. */
class OpsWorksCmAdapterTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private OpsWorksCmAdapter adapter() {
        return new OpsWorksCmAdapter(sandbox.clients().opsWorksCm());
    }

    private Map<String, Resource> resources() {
        return adapter().listResources().stream().collect(Collectors.toMap(Resource::id, Function.identity()));
    }

    @Test
    void listsSeededServersWithEligibilityAndReasons() {
        Map<String, Resource> servers = resources();
        assertEquals(7, servers.size());
        assertEquals(Eligibility.ALLOWED, servers.get("chef-prod").eligibility());
        assertEquals(Eligibility.ALLOWED, servers.get("puppet-prod").eligibility());
        assertEquals(Eligibility.ALLOWED, servers.get("chef-staging").eligibility());
        assertEquals(
                "Server is BACKING_UP: a backup is already running",
                servers.get("puppet-ci").eligibility().reason());
        assertEquals(
                "Server is CREATING", servers.get("puppet-new").eligibility().reason());
        assertEquals(
                "Server is UNDER_MAINTENANCE",
                servers.get("chef-legacy").eligibility().reason());
        assertEquals(
                "The server already has 50 manual backups (the OpsWorks CM limit); delete one first",
                servers.get("chef-archive").eligibility().reason());

        Resource chef = servers.get("chef-prod");
        assertEquals(AwsService.OPSWORKS_CM, chef.service());
        assertEquals("Chef Automate server", chef.type());
        assertEquals("Puppet Enterprise server", servers.get("puppet-prod").type());
        assertEquals("HEALTHY", chef.state());
        assertTrue(chef.createdAt() != null);
        Map<String, String> attributes =
                chef.attributes().stream().collect(Collectors.toMap(Attribute::label, Attribute::value));
        assertEquals("ChefAutomate (Single)", attributes.get("Engine"));
        assertEquals("2", attributes.get("Engine version"));
        assertEquals("m5.large", attributes.get("Instance type"));
        assertTrue(attributes.get("Endpoint").endsWith(".opsworks-cm.io"));
        assertEquals("On, keeps 10", attributes.get("Automated backups"));
        assertEquals("08:00 UTC", attributes.get("Preferred backup window"));
        assertEquals("SUCCESS", attributes.get("Maintenance status"));
        assertEquals("3 of 50", attributes.get("Manual backups"));
        assertTrue(servers.get("chef-staging").attributes().stream()
                .anyMatch(a -> a.label().equals("Status reason")));
    }

    @Test
    void listsBackupsNewestFirstWithTheirOrigin() {
        List<BackupSummary> backups = adapter().listBackups("chef-prod");
        assertEquals(
                backups.stream()
                        .sorted(Comparator.comparing(BackupSummary::createdAt).reversed())
                        .toList(),
                backups);
        assertTrue(backups.stream().allMatch(b -> b.resourceId().equals("chef-prod")));
        assertTrue(backups.stream()
                .anyMatch(b -> b.origin() == BackupOrigin.AUTOMATED && b.name().equals(b.id())));
        BackupSummary failed = backups.stream()
                .filter(b -> b.status().equals("FAILED"))
                .findFirst()
                .orElseThrow();
        assertEquals(BackupOrigin.MANUAL, failed.origin());
        assertEquals("Before upgrading to Chef Infra 18", failed.name());
        assertFalse(failed.message().isBlank());
        assertTrue(adapter().describeBackups(Optional.empty()).size() > backups.size());
    }

    @Test
    void createsWatchesAndDeletesABackup() {
        sandbox.configure(c -> c.withTimeScale(1.0));
        BackupSummary created =
                adapter().createBackup("puppet-prod", "Before the upgrade", List.of(new Tag("  Stage ", " prod ")));
        assertEquals("IN_PROGRESS", created.status());
        assertEquals(BackupOrigin.MANUAL, created.origin());
        assertEquals("Before the upgrade", created.name());
        assertEquals("puppet-prod", created.resourceId());
        assertEquals(
                "Server is BACKING_UP: a backup is already running",
                resources().get("puppet-prod").eligibility().reason());

        sandbox.server().clock().advance(Duration.ofMinutes(10));
        BackupSummary done = adapter().listBackups("puppet-prod").getFirst();
        assertEquals(created.id(), done.id());
        assertEquals("OK", done.status());
        adapter().deleteBackup(done.id());
        assertEquals("DELETING", adapter().listBackups("puppet-prod").getFirst().status());
    }

    @Test
    void translatesServiceErrors() {
        assertFailure(
                ServiceFailure.Kind.INVALID_STATE,
                "InvalidStateException",
                () -> adapter().createBackup("puppet-new", null, List.of()));
        assertFailure(
                ServiceFailure.Kind.LIMIT_EXCEEDED,
                "LimitExceededException",
                () -> adapter().createBackup("chef-archive", "", List.of()));
        assertFailure(
                ServiceFailure.Kind.NOT_FOUND,
                "ResourceNotFoundException",
                () -> adapter().createBackup("ghost", null, List.of()));
        assertFailure(
                ServiceFailure.Kind.INVALID_INPUT,
                "ValidationException",
                () -> adapter().createBackup("bad_name", null, List.of()));
        assertFailure(
                ServiceFailure.Kind.NOT_FOUND,
                "ResourceNotFoundException",
                () -> adapter().listBackups("ghost"));
        assertFailure(
                ServiceFailure.Kind.NOT_FOUND,
                "ResourceNotFoundException",
                () -> adapter().deleteBackup("chef-prod-20000101000000000"));
    }

    @Test
    void translatesServerAndNetworkFailures() {
        sandbox.configure(c -> new SandboxConfig(c.timeScale(), 0, 0, 0, 1.0, 0, List.of(), c.seed()));
        assertFailure(
                ServiceFailure.Kind.SERVICE, "InternalFailure", () -> adapter().listResources());
        try (AwsClients unreachable = sandbox.clientFactory()
                .clients(new Connection.Sandbox(URI.create("http://127.0.0.1:9"), "us-east-1"))) {
            ServiceFailure failure = assertThrows(
                    ServiceFailure.class,
                    () -> new OpsWorksCmModule().adapter(unreachable).listResources());
            assertEquals(ServiceFailure.Kind.NETWORK, failure.kind());
        }
    }

    private static void assertFailure(ServiceFailure.Kind kind, String code, Executable call) {
        ServiceFailure failure = assertThrows(ServiceFailure.class, call);
        assertEquals(kind, failure.kind(), failure.getMessage());
        assertEquals(code, failure.errorCode());
        assertFalse(failure.getMessage().isBlank());
    }
}
