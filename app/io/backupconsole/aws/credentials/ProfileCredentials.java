package io.backupconsole.aws.credentials;

import io.backupconsole.aws.profiles.ProfileFiles;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Credentials for the profiles of the AWS files. Static keys, {@code credential_process} and web identity go to the
 * SDK's {@link ProfileCredentialsProvider}. Two kinds the app handles itself, still with the SDK's own providers
 * underneath (so their calls honour the profile's {@code endpoint_url}, and MFA can be asked for):
 * <ul>
 * <li>SSO profiles: the SDK's {@code SsoCredentialsProvider} with the access token read from the CLI's token
 *     cache (refreshed with the refresh token when it can be); with no usable token the listeners hear
 *     "sign-in needed" and the call fails with a message that says so. {@link #startSignIn} signs in.</li>
 * <li>Roles ({@code role_arn} with {@code source_profile}): the SDK's {@code StsAssumeRoleCredentialsProvider};
 *     with {@code mfa_serial} it asks the {@link MfaCodePrompt} for the code at each (re)assumption. The session
 *     is kept in memory only, across reconnects, until it expires.</li>
 * </ul>
 * Nothing here writes a credential anywhere but the SSO token cache. Blocking (files, HTTP): background threads.
 */
public final class ProfileCredentials implements AutoCloseable {
    private static final int MAX_SOURCE_DEPTH = 4;

    private final ProfileFiles files;
    private final SsoTokenCache cache;
    private final MfaCodePrompt mfa;
    private final CredentialClients clients;
    private final SsoTokens tokens;
    private final DeviceSignIn deviceSignIn;
    /** SSO and MFA providers by profile name: they hold a session worth keeping across reconnects. */
    private final Map<String, KeptProvider> kept = new ConcurrentHashMap<>();

    private final List<Consumer<String>> signInListeners = new CopyOnWriteArrayList<>();

    /**
     * @param files          the AWS config and credentials files, resolved once at start ({@link ProfileFiles#of})
     * @param ssoCacheFolder the CLI's SSO token cache ({@link SsoTokenCache#folderIn})
     * @param mfa            asks for an MFA code when a role needs one
     * @param clients        builds the IAM Identity Center and STS clients (the app's client factory)
     */
    public ProfileCredentials(
            ProfileFiles files, Path ssoCacheFolder, MfaCodePrompt mfa, Clock clock, CredentialClients clients) {
        this.files = files;
        this.cache = new SsoTokenCache(ssoCacheFolder);
        this.mfa = mfa;
        this.clients = clients;
        this.tokens = new SsoTokens(cache, clients, clock, profile -> signInListeners.forEach(l -> l.accept(profile)));
        this.deviceSignIn = new DeviceSignIn(clients, cache, clock);
    }

    /** The files the profiles are read from (the connection list shows the same ones). */
    public ProfileFiles files() {
        return files;
    }

    /** Called with a profile's name when its SSO sign-in is missing or ran out (on the thread of the failed call). */
    public void addSignInListener(Consumer<String> listener) {
        signInListeners.add(listener);
    }

    /**
     * The credentials provider of a profile. Reads the files now; the provider resolves lazily, and its failures are
     * {@link CredentialsUnavailable} or the SDK's own exceptions.
     *
     * @throws ProfileNotFoundException when neither file has the profile (or a {@code source_profile} it names)
     */
    public AwsCredentialsProvider providerFor(String profileName) {
        return providerFor(profileName, 0);
    }

    private AwsCredentialsProvider providerFor(String profileName, int depth) {
        if (depth > MAX_SOURCE_DEPTH) {
            throw new IllegalStateException("Profile " + profileName + " is part of a source_profile loop.");
        }
        KeptProvider existing = kept.get(profileName);
        if (existing != null) {
            return existing.provider();
        }
        ProfileFile all = ProfileFileLoader.all(files);
        Profile profile = all.profile(profileName).orElseThrow(() -> new ProfileNotFoundException(profileName, files));
        Optional<URI> endpoint = endpoint(profile);
        Optional<SsoSettings> sso = SsoSettings.of(ProfileFileLoader.config(files), profile);
        KeptProvider built;
        if (sso.isPresent()) {
            built = tokens.provider(sso.get(), endpoint);
        } else if (profile.property("role_arn").isPresent()
                && profile.property("web_identity_token_file").isEmpty()) {
            built = AssumedRole.provider(profile, source(profile, depth), endpoint, clients, mfa);
        } else {
            return new ProfileProviderFailures(
                    profileName,
                    profile.property("credential_process").isPresent(),
                    ProfileCredentialsProvider.builder()
                            .profileFile(all)
                            .profileName(profileName)
                            .build());
        }
        KeptProvider raced = kept.putIfAbsent(profileName, built);
        if (raced != null) {
            built.close();
            return raced.provider();
        }
        return built.provider();
    }

    private AwsCredentialsProvider source(Profile profile, int depth) {
        Optional<String> sourceProfile = profile.property("source_profile");
        if (sourceProfile.isPresent()) {
            return providerFor(sourceProfile.get(), depth + 1);
        }
        if (profile.property("credential_source")
                .filter("Environment"::equalsIgnoreCase)
                .isPresent()) {
            return EnvironmentVariableCredentialsProvider.create();
        }
        throw new IllegalStateException("Profile " + profile.name() + " has role_arn but neither source_profile "
                + "nor credential_source = Environment, so there are no credentials to assume its role with.");
    }

    /** The profile's {@code endpoint_url}, if it sets one (all of its calls then go there). */
    public Optional<URI> endpointUrl(String profileName) {
        return ProfileFileLoader.all(files).profile(profileName).flatMap(ProfileCredentials::endpoint);
    }

    /**
     * The profile's {@code ca_bundle}, if it sets one: read from the same files as its credentials (not the SDK's
     * default profile file), so a profile's settings all come from one place.
     */
    public Optional<Path> caBundle(String profileName) {
        try {
            return ProfileFileLoader.all(files)
                    .profile(profileName)
                    .flatMap(p -> p.property("ca_bundle"))
                    .filter(value -> !value.isBlank())
                    .map(value -> Path.of(value.strip()));
        } catch (RuntimeException unreadable) {
            return Optional.empty(); // an unreadable profile file is reported by the credentials, with its line
        }
    }

    private static Optional<URI> endpoint(Profile profile) {
        return profile.property("endpoint_url").filter(s -> !s.isBlank()).map(s -> URI.create(s.strip()));
    }

    /** True for a profile that signs in with IAM Identity Center (and so may show "Sign in"). */
    public boolean usesSso(String profileName) {
        return ssoSettings(profileName).isPresent();
    }

    /** True when an SSO profile has no cached token that is still valid (a refresh token is not tried here). */
    public boolean signInNeeded(String profileName) {
        return ssoSettings(profileName).map(s -> !tokens.hasUsableToken(s)).orElse(false);
    }

    /** Registers with IAM Identity Center and starts a device sign-in for an SSO profile. Blocking. */
    public PendingSignIn startSignIn(String profileName) {
        SsoSettings settings = ssoSettings(profileName)
                .orElseThrow(() -> new SignInFailedException("Profile " + profileName
                        + " does not sign in with IAM Identity Center (no sso_session or " + "sso_start_url)."));
        return deviceSignIn.start(settings, endpointUrl(profileName));
    }

    /**
     * Waits for the user to approve the sign-in, writes the token cache, and forgets the profile's old provider,
     * so the next clients built for it use the new token. Blocking; throws {@link SignInFailedException}.
     */
    public void finishSignIn(PendingSignIn pending, Pacer pacer) {
        deviceSignIn.await(pending, pacer);
        forget(pending.profileName());
    }

    /** Drops a kept provider (and its session), e.g. after a sign-in. */
    public void forget(String profileName) {
        KeptProvider removed = kept.remove(profileName);
        if (removed != null) {
            removed.close();
        }
    }

    private Optional<SsoSettings> ssoSettings(String profileName) {
        return ProfileFileLoader.all(files)
                .profile(profileName)
                .flatMap(profile -> SsoSettings.of(ProfileFileLoader.config(files), profile));
    }

    /** Closes the kept SSO and role sessions (the credential clients are their builder's to close). */
    @Override
    public void close() {
        kept.values().forEach(KeptProvider::close);
        kept.clear();
    }

    /** A provider with the clients it owns. */
    record KeptProvider(AwsCredentialsProvider provider, AutoCloseable resources) {
        void close() {
            try {
                resources.close();
            } catch (Exception e) {
                // Closing SDK clients does no I/O that could fail in a way worth reporting.
            }
        }
    }

    /** Reads the AWS files (missing ones count as empty) with the SDK's parser. */
    static final class ProfileFileLoader {
        private ProfileFileLoader() {}

        static ProfileFile all(ProfileFiles files) {
            ProfileFile.Aggregator aggregator = ProfileFile.aggregator();
            aggregator.addFile(config(files));
            if (Files.isRegularFile(files.credentials())) {
                aggregator.addFile(ProfileFile.builder()
                        .content(files.credentials())
                        .type(ProfileFile.Type.CREDENTIALS)
                        .build());
            }
            return aggregator.build();
        }

        static ProfileFile config(ProfileFiles files) {
            if (!Files.isRegularFile(files.config())) {
                return ProfileFile.builder()
                        .content(new ByteArrayInputStream(new byte[0]))
                        .type(ProfileFile.Type.CONFIGURATION)
                        .build();
            }
            return ProfileFile.builder()
                    .content(files.config())
                    .type(ProfileFile.Type.CONFIGURATION)
                    .build();
        }
    }
}
