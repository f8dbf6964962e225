package io.backupconsole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.StartupConnection;
import io.backupconsole.aws.credentials.MfaCodePrompt;
import io.backupconsole.sandbox.Sandbox;
import io.backupconsole.settings.Settings;
import io.backupconsole.settings.SettingsStore;
import io.backupconsole.storage.UserHome;
import io.backupconsole.testsupport.StandardServices;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up head start: what it guesses, and that a wrong guess costs nothing but the work. */
class HeadStartTest {
    @TempDir
    Path config;

    private final List<HeadStart> started = new ArrayList<>();

    private static StartupConnection noOptions() {
        return StartupConnection.resolve(
                StandardServices.registry(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }

    /** A head start as the app begins one (the test home's AWS files, no MFA prompt), its factory closed after. */
    private HeadStart begin(SettingsStore store) {
        HeadStart head = HeadStart.begin(
                ServiceCatalog.standard(), store, noOptions(), Map.of(), UserHome.current(), MfaCodePrompt.NONE);
        started.add(head);
        return head;
    }

    @AfterEach
    void closeFactories() {
        started.forEach(head -> head.clients().close());
    }

    @Test
    void onTheSandboxItStartsItBuildsTheClientsAndWarmsEveryServiceBeforeTheWindowAsks() {
        HeadStart head = begin(new SettingsStore(config, Clock.systemUTC()));
        Sandbox sandbox = head.sandbox().join().orElseThrow();
        try {
            ServiceAdapters first = head.take(new Connection.Sandbox(sandbox.endpoint(), "us-east-1"))
                    .orElseThrow();
            Map<String, Long> calls = sandbox.stats().snapshot();
            assertTrue(
                    calls.keySet()
                            .containsAll(List.of(
                                    "opsworkscm:DescribeServers",
                                    "fsx:DescribeFileSystems",
                                    "backup:ListProtectedResources",
                                    "lightsail:GetRelationalDatabases")),
                    "one listing per service was made ahead: " + calls);
            assertEquals("us-east-1", first.connection().region());
            assertEquals(
                    Optional.empty(),
                    head.take(new Connection.Sandbox(sandbox.endpoint(), "us-east-1")),
                    "the clients built ahead are handed over once");
            first.close();
        } finally {
            head.close();
            sandbox.close();
        }
    }

    @Test
    void aConnectionOtherThanTheGuessIsNotGivenTheGuessedClients() {
        HeadStart head = begin(new SettingsStore(config, Clock.systemUTC()));
        Sandbox sandbox = head.sandbox().join().orElseThrow();
        try {
            assertEquals(
                    Optional.empty(),
                    head.take(new Connection.Sandbox(sandbox.endpoint(), "eu-west-1")),
                    "built for us-east-1, so not handed to eu-west-1");
        } finally {
            head.close();
            sandbox.close();
        }
    }

    @Test
    void aRememberedProfileStartsNoSandbox() {
        SettingsStore store = new SettingsStore(config, Clock.systemUTC());
        store.save(Settings.defaults().withConnection("work", "eu-west-1"));
        HeadStart head = begin(store);
        assertEquals(Optional.empty(), head.sandbox().join());
        assertEquals("work", head.settings().settings().connection(), "the settings read once, for the app too");
        head.close();
    }

    @Test
    void theRememberedSettingsAreWhatTheAppGets() {
        SettingsStore store = new SettingsStore(config, Clock.systemUTC());
        store.save(Settings.defaults()
                .withConnection(Settings.SANDBOX, "eu-west-1")
                .withTheme("dark"));
        HeadStart head = begin(store);
        Sandbox sandbox = head.sandbox().join().orElseThrow();
        try {
            assertEquals("dark", head.settings().settings().theme());
            ServiceAdapters built = head.take(new Connection.Sandbox(sandbox.endpoint(), "eu-west-1"))
                    .orElseThrow();
            assertEquals("eu-west-1", built.connection().region(), "built ahead for the remembered region");
            built.close();
        } finally {
            head.close();
            sandbox.close();
        }
    }
}
