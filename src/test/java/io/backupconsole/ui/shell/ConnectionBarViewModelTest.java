package io.backupconsole.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.AwsRegions;
import io.backupconsole.aws.AwsRegions.AwsRegion;
import io.backupconsole.aws.Connection;
import io.backupconsole.aws.StartupConnection;
import io.backupconsole.aws.profiles.AwsProfile;
import io.backupconsole.aws.profiles.ProfileKind;
import io.backupconsole.aws.profiles.ProfileListing;
import io.backupconsole.settings.Settings;
import io.backupconsole.settings.SettingsKeeper;
import io.backupconsole.settings.SettingsStore;
import io.backupconsole.testsupport.StandardServices;
import io.backupconsole.ui.common.Async;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection bar's logic with synchronous executors: no FX thread, no sandbox, no sleeps. */
class ConnectionBarViewModelTest {
    private static final URI SANDBOX = URI.create("http://127.0.0.1:4566");
    private static final AwsProfile WORK = new AwsProfile("work", ProfileKind.SSO_SESSION, Optional.of("eu-west-1"));
    private static final AwsProfile KEYS = new AwsProfile("keys", ProfileKind.STATIC_KEYS, Optional.empty());

    @TempDir
    Path config;

    private final List<Connection> connected = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private int sandboxStarts;
    private SettingsStore store;

    private ConnectionBarViewModel viewModel(Settings remembered, ProfileListing profiles) {
        store = new SettingsStore(config, Clock.systemUTC());
        ConnectionTargets targets = new ConnectionTargets() {
            @Override
            public ProfileListing profiles() {
                return profiles;
            }

            @Override
            public List<AwsRegion> regions() {
                return AwsRegions.commercial();
            }

            @Override
            public CompletableFuture<URI> sandboxEndpoint() {
                sandboxStarts++;
                return CompletableFuture.completedFuture(SANDBOX);
            }
        };
        return new ConnectionBarViewModel(
                Async.synchronous(),
                targets,
                new SettingsKeeper(store, Runnable::run, remembered),
                connection -> {
                    connected.add(connection);
                    return CompletableFuture.completedFuture(null);
                },
                notices::add);
    }

    private static ProfileListing profiles(AwsProfile... profiles) {
        return new ProfileListing(List.of(profiles), List.of());
    }

    private static StartupConnection commandLine(String profile, String region) {
        return StartupConnection.resolve(
                StandardServices.registry(),
                Optional.ofNullable(profile),
                Optional.ofNullable(region),
                Optional.empty(),
                Map.of());
    }

    @Test
    void firstRunOpensTheSandboxListedFirstThenEveryProfile() {
        ConnectionBarViewModel bar = viewModel(Settings.defaults(), profiles(KEYS, WORK));
        bar.start(commandLine(null, null));

        assertEquals(
                List.of("Sandbox (built-in)", "keys — static keys", "work — SSO session"),
                bar.choices().stream().map(ConnectionChoice::label).toList());
        assertEquals(List.of(new Connection.Sandbox(SANDBOX, "us-east-1")), connected);
        assertTrue(bar.readyProperty().get());
        assertEquals(List.of(), notices);
    }

    @Test
    void switchingRegionConnectsThereAndIsRemembered() {
        ConnectionBarViewModel bar = viewModel(Settings.defaults(), profiles());
        bar.start(commandLine(null, null));

        bar.chooseRegion(AwsRegion.of("eu-west-1"));

        assertEquals(new Connection.Sandbox(SANDBOX, "eu-west-1"), connected.getLast());
        assertEquals("eu-west-1", store.load().settings().region());
        assertTrue(sandboxStarts > 0, "the sandbox endpoint was asked for");
    }

    @Test
    void choosingAProfileUsesItsRegionElseKeepsTheCurrentOne() {
        ConnectionBarViewModel bar =
                viewModel(Settings.defaults().withConnection("sandbox", "ap-southeast-2"), profiles(KEYS, WORK));
        bar.start(commandLine(null, null));

        bar.chooseConnection(bar.choices().get(2));
        assertEquals(new Connection.Profile("work", "eu-west-1", Map.of()), connected.getLast());
        assertEquals("eu-west-1", bar.selectedRegionProperty().get().id());
        assertEquals(
                new Settings("work", "eu-west-1", "system", null, null),
                store.load().settings());

        bar.chooseConnection(bar.choices().get(1));
        assertEquals(new Connection.Profile("keys", "eu-west-1", Map.of()), connected.getLast());

        bar.chooseConnection(bar.choices().get(0));
        assertEquals(new Connection.Sandbox(SANDBOX, "eu-west-1"), connected.getLast());
        assertEquals("sandbox", store.load().settings().connection());
    }

    @Test
    void theRememberedChoiceIsUsedWhenNothingIsGiven() {
        ConnectionBarViewModel bar =
                viewModel(Settings.defaults().withConnection("work", "us-west-2"), profiles(KEYS, WORK));
        bar.start(commandLine(null, null));
        assertEquals(List.of(new Connection.Profile("work", "us-west-2", Map.of())), connected);
    }

    @Test
    void theCommandLineWinsOverTheRememberedChoice() {
        ConnectionBarViewModel bar =
                viewModel(Settings.defaults().withConnection("work", "us-west-2"), profiles(KEYS, WORK));
        bar.start(commandLine("keys", "ca-central-1"));
        assertEquals(List.of(new Connection.Profile("keys", "ca-central-1", Map.of())), connected);
        assertEquals("keys — static keys", bar.selectedChoiceProperty().get().label());
        assertTrue(Files.notExists(config.resolve("settings.json")), "a one-off command line is not remembered");
    }

    @Test
    void aRegionAloneOnTheCommandLineKeepsTheRememberedConnection() {
        ConnectionBarViewModel bar = viewModel(Settings.defaults().withConnection("work", "us-west-2"), profiles(WORK));
        bar.start(commandLine(null, "sa-east-1"));
        assertEquals(List.of(new Connection.Profile("work", "sa-east-1", Map.of())), connected);
    }

    @Test
    void aProfileGivenButNotInTheFilesIsStillOffered() {
        ConnectionBarViewModel bar = viewModel(Settings.defaults(), profiles(WORK));
        bar.start(commandLine("elsewhere", null));
        ConnectionChoice given = bar.selectedChoiceProperty().get();
        assertInstanceOf(ConnectionChoice.GivenAtStartup.class, given);
        assertEquals(given, bar.choices().get(1));
        assertEquals(List.of(new Connection.Profile("elsewhere", "us-east-1", Map.of())), connected);
    }

    @Test
    void aRememberedProfileThatIsGoneFallsBackToTheSandboxAndSaysSo() {
        ConnectionBarViewModel bar = viewModel(Settings.defaults().withConnection("gone", "eu-west-1"), profiles(WORK));
        bar.start(commandLine(null, null));
        assertEquals(List.of(new Connection.Sandbox(SANDBOX, "eu-west-1")), connected);
        assertTrue(notices.getFirst().contains("\"gone\""), notices.toString());
    }

    @Test
    void profileFileProblemsBecomeNotices() {
        ConnectionBarViewModel bar = viewModel(
                Settings.defaults(),
                new ProfileListing(List.of(), List.of("The AWS config file /x could not be read")));
        bar.start(commandLine(null, null));
        assertEquals(List.of("The AWS config file /x could not be read"), notices);
        assertEquals(1, connected.size());
    }

    @Test
    void anSsoProfileWithoutASignInOffersSignInAndReconnectsAfterIt() {
        ConnectionBarViewModel bar = viewModel(Settings.defaults(), profiles(KEYS, WORK));
        List<String> opened = new ArrayList<>();
        boolean[] signedIn = {false};
        bar.useSignIn(profile -> profile.equals("work") && !signedIn[0], opened::add);
        bar.start(commandLine(null, null));
        assertFalse(bar.signInNeededProperty().get(), "the sandbox never needs a sign-in");

        bar.chooseConnection(bar.choices().get(2));
        assertTrue(bar.signInNeededProperty().get());
        bar.signIn();
        assertEquals(List.of("work"), opened);

        int connections = connected.size();
        signedIn[0] = true;
        bar.signedIn("work");
        assertFalse(bar.signInNeededProperty().get());
        assertEquals(connections + 1, connected.size(), "connected again, so the clients are rebuilt");
        assertEquals(new Connection.Profile("work", "eu-west-1", Map.of()), connected.getLast());
    }

    @Test
    void aSignInThatRunsOutMidSessionIsOfferedOnlyForTheSelectedProfile() {
        ConnectionBarViewModel bar = viewModel(Settings.defaults(), profiles(KEYS, WORK));
        bar.useSignIn(profile -> false, profile -> {});
        bar.start(commandLine(null, null));
        bar.chooseConnection(bar.choices().get(2));
        assertFalse(bar.signInNeededProperty().get());

        bar.signInNeeded("keys");
        assertFalse(bar.signInNeededProperty().get());
        bar.signInNeeded("work");
        assertTrue(bar.signInNeededProperty().get());
        assertEquals(List.of("Profile work needs to sign in again: choose Sign in."), notices);

        bar.chooseConnection(bar.choices().get(1));
        assertFalse(bar.signInNeededProperty().get(), "another profile hides it");
    }
}
