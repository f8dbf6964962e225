package io.backupconsole.ui.shell;

import io.backupconsole.aws.AwsRegions.AwsRegion;
import io.backupconsole.aws.Connection;
import io.backupconsole.aws.StartupConnection;
import io.backupconsole.aws.profiles.ProfileListing;
import io.backupconsole.settings.SettingsKeeper;
import io.backupconsole.ui.common.Async;
import io.backupconsole.ui.common.FailureMessages;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The connection bar: which connection (sandbox or AWS profile) and which region the app works in. Switching
 * either connects through the shell (every view reloads) and is remembered in the settings.
 * Threading: commands are called and properties change on the FX thread; reading the profile files and starting
 * the sandbox run in the background.
 */
public final class ConnectionBarViewModel {
    private static final ConnectionChoice SANDBOX = new ConnectionChoice.BuiltInSandbox();

    private final Async async;
    private final ConnectionTargets targets;
    private final SettingsKeeper settings;
    private final Function<Connection, CompletableFuture<Void>> connector;
    private final Consumer<String> notices;

    private final ObservableList<ConnectionChoice> choices = FXCollections.observableArrayList(SANDBOX);
    private final ObservableList<AwsRegion> regions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ConnectionChoice> selectedChoice = new ReadOnlyObjectWrapper<>(SANDBOX);
    private final ReadOnlyObjectWrapper<AwsRegion> selectedRegion = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper signInNeeded = new ReadOnlyBooleanWrapper(false);
    /** Whether a profile must sign in before its calls can work. Blocking (reads files): background only. */
    private Predicate<String> signInCheck = profile -> false;

    private Consumer<String> signInOpener = profile -> {};
    /** Counts connection requests, so a slow sandbox start cannot override a later choice. */
    private long attempts;

    /**
     * @param connector connects the app (the shell's {@code connect}); called on the FX thread
     * @param notices   shows a message the user should read (files that could not be read, a failed sandbox)
     */
    public ConnectionBarViewModel(
            Async async,
            ConnectionTargets targets,
            SettingsKeeper settings,
            Function<Connection, CompletableFuture<Void>> connector,
            Consumer<String> notices) {
        this.async = async;
        this.targets = targets;
        this.settings = settings;
        this.connector = connector;
        this.notices = notices;
    }

    // Properties

    /** The sandbox first, then every profile, plus a connection given on the command line. */
    public ObservableList<ConnectionChoice> choices() {
        return FXCollections.unmodifiableObservableList(choices);
    }

    public ObservableList<AwsRegion> regions() {
        return FXCollections.unmodifiableObservableList(regions);
    }

    public ReadOnlyObjectProperty<ConnectionChoice> selectedChoiceProperty() {
        return selectedChoice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AwsRegion> selectedRegionProperty() {
        return selectedRegion.getReadOnlyProperty();
    }

    /** False until the profiles and regions are known; the pickers stay disabled until then. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** True when the selected profile has to sign in (SSO without a valid token): the bar shows "Sign in". */
    public ReadOnlyBooleanProperty signInNeededProperty() {
        return signInNeeded.getReadOnlyProperty();
    }

    /** The profile of the selected connection, if it is one. */
    public Optional<String> selectedProfile() {
        ConnectionChoice choice = selectedChoice.get();
        if (choice instanceof ConnectionChoice.NamedProfile named) {
            return Optional.of(named.profile().name());
        }
        if (choice instanceof ConnectionChoice.GivenAtStartup given
                && given.connection() instanceof Connection.Profile profile) {
            return Optional.of(profile.profileName());
        }
        return Optional.empty();
    }

    /**
     * Wires sign-in: {@code check} tells (in the background) whether a profile needs one before connecting;
     * {@code opener} starts one (the sign-in dialog in the app). Call once, before {@link #start}.
     */
    public void useSignIn(Predicate<String> check, Consumer<String> opener) {
        this.signInCheck = check;
        this.signInOpener = opener;
    }

    // Commands

    /** "Sign in": starts the sign-in of the selected profile. */
    public void signIn() {
        selectedProfile().ifPresent(signInOpener);
    }

    /** A profile's credentials said its sign-in is missing or ran out (e.g. mid-session): offer "Sign in". */
    public void signInNeeded(String profileName) {
        if (selectedProfile().filter(profileName::equals).isPresent()) {
            if (!signInNeeded.get()) {
                notices.accept("Profile " + profileName + " needs to sign in again: choose Sign in.");
            }
            signInNeeded.set(true);
        }
    }

    /**
     * A profile signed in: hide "Sign in" and connect again, because the SDK reads the SSO token only when it
     * builds a credentials provider, so every client is rebuilt with the new one.
     */
    public void signedIn(String profileName) {
        if (selectedProfile().filter(profileName::equals).isPresent()) {
            signInNeeded.set(false);
            connectSelected();
        }
    }

    /** Lists profiles and regions in the background, then opens the first connection (see {@link InitialChoice}). */
    public CompletableFuture<Void> start(StartupConnection startup) {
        return async.run(
                () -> new Targets(targets.profiles(), targets.regions()), loaded -> open(startup, loaded), failure -> {
                    notices.accept("Could not list AWS profiles: " + FailureMessages.describe(failure));
                    open(startup, new Targets(ProfileListing.empty(), List.of()));
                });
    }

    /** Switches to another connection, in its profile's region when it has one, else in the current region. */
    public void chooseConnection(ConnectionChoice choice) {
        if (choice == null || choice.equals(selectedChoice.get())) {
            return;
        }
        selectedChoice.set(choice);
        InitialChoice.profileRegion(choice).ifPresent(region -> selectedRegion.set(listed(region)));
        rememberAndConnect();
    }

    public void chooseRegion(AwsRegion region) {
        if (region == null || region.equals(selectedRegion.get())) {
            return;
        }
        selectedRegion.set(region);
        rememberAndConnect();
    }

    private void open(StartupConnection startup, Targets loaded) {
        loaded.profiles().problems().forEach(notices);
        choices.setAll(SANDBOX);
        loaded.profiles().profiles().forEach(profile -> choices.add(new ConnectionChoice.NamedProfile(profile)));
        regions.setAll(loaded.regions());
        InitialChoice initial = InitialChoice.decide(startup, settings.current(), choices);
        initial.notice().ifPresent(notices);
        if (!choices.contains(initial.choice())) {
            choices.add(1, initial.choice());
        }
        selectedChoice.set(initial.choice());
        selectedRegion.set(listed(initial.region()));
        ready.set(true);
        connectSelected();
    }

    private void rememberAndConnect() {
        String region = selectedRegion.get().id();
        Optional<String> name = selectedChoice.get().settingsName();
        settings.update(s -> s.withConnection(name.orElse(s.connection()), region));
        connectSelected();
    }

    private void connectSelected() {
        long attempt = ++attempts;
        ConnectionChoice choice = selectedChoice.get();
        String region = selectedRegion.get().id();
        if (!(choice instanceof ConnectionChoice.BuiltInSandbox)) {
            signInNeeded.set(false);
            selectedProfile()
                    .ifPresent(profile -> async.run(
                            () -> signInCheck.test(profile),
                            needed -> signInNeeded.set(needed && attempt == attempts),
                            failure -> {
                                /* the connection itself says what is wrong with the profile */
                            }));
            connector.apply(choice.connectionIn(region, null));
            return;
        }
        signInNeeded.set(false);
        targets.sandboxEndpoint()
                .whenComplete((endpoint, failure) -> async.onUi(() -> {
                    if (attempt != attempts) {
                        return;
                    }
                    if (failure != null) {
                        notices.accept("The built-in sandbox could not start: " + FailureMessages.describe(failure));
                    } else {
                        connector.apply(choice.connectionIn(region, endpoint));
                    }
                }));
    }

    /** The listed entry for a region id; a region outside the list (e.g. GovCloud from the command line) is added. */
    private AwsRegion listed(String id) {
        for (AwsRegion region : regions) {
            if (region.id().equals(id)) {
                return region;
            }
        }
        AwsRegion extra = AwsRegion.of(id);
        regions.add(extra);
        return extra;
    }

    private record Targets(ProfileListing profiles, List<AwsRegion> regions) {}
}
