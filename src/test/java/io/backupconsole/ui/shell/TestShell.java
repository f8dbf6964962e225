package io.backupconsole.ui.shell;

import io.backupconsole.aws.AwsRegions;
import io.backupconsole.aws.AwsRegions.AwsRegion;
import io.backupconsole.aws.profiles.ProfileListing;
import io.backupconsole.settings.Settings;
import io.backupconsole.settings.SettingsKeeper;
import io.backupconsole.settings.SettingsStore;
import io.backupconsole.ui.common.Async;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;

/** Wires the shell's view models the way the composition root does, for window tests. */
final class TestShell {
    final SettingsStore store;
    final SettingsKeeper settings;
    final StatusBarViewModel status = new StatusBarViewModel();
    final ConnectionBarViewModel connectionBar;
    final ShellModels models;

    /** @param background the test's background executor, the one its {@code ShellViewModel} uses too */
    TestShell(ShellViewModel shell, Path configFolder, URI sandboxEndpoint, Executor background) {
        store = new SettingsStore(configFolder, Clock.systemUTC());
        settings = new SettingsKeeper(store, background, Settings.defaults());
        ConnectionTargets targets = new ConnectionTargets() {
            @Override
            public ProfileListing profiles() {
                return ProfileListing.empty();
            }

            @Override
            public List<AwsRegion> regions() {
                return AwsRegions.commercial();
            }

            @Override
            public CompletableFuture<URI> sandboxEndpoint() {
                return CompletableFuture.completedFuture(sandboxEndpoint);
            }
        };
        connectionBar = new ConnectionBarViewModel(
                new Async(background, Platform::runLater), targets, settings, shell::connect, status::showNotice);
        models = new ShellModels(
                shell,
                connectionBar,
                status,
                new ThemeViewModel(settings),
                new BuildInfo("Backup Console", "1.2.3-test"));
    }
}
