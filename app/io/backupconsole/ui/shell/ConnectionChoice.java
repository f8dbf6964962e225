package io.backupconsole.ui.shell;

import io.backupconsole.aws.Connection;
import io.backupconsole.aws.profiles.AwsProfile;
import io.backupconsole.settings.Settings;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** One entry of the connection picker. */
public sealed interface ConnectionChoice {

    /** What the picker shows. */
    String label();

    /** The name remembered in the settings, or empty for a connection given only for this run. */
    Optional<String> settingsName();

    /** The connection in a region; {@code sandboxEndpoint} is where the built-in sandbox listens. */
    Connection connectionIn(String region, URI sandboxEndpoint);

    /** The built-in sandbox: always first in the picker, needs no AWS account. */
    record BuiltInSandbox() implements ConnectionChoice {
        @Override
        public String label() {
            return "Sandbox (built-in)";
        }

        @Override
        public Optional<String> settingsName() {
            return Optional.of(Settings.SANDBOX);
        }

        @Override
        public Connection connectionIn(String region, URI sandboxEndpoint) {
            return new Connection.Sandbox(sandboxEndpoint, region);
        }
    }

    /** A profile from the AWS config or credentials file. */
    record NamedProfile(AwsProfile profile) implements ConnectionChoice {
        @Override
        public String label() {
            return profile.description();
        }

        @Override
        public Optional<String> settingsName() {
            return Optional.of(profile.name());
        }

        @Override
        public Connection connectionIn(String region, URI sandboxEndpoint) {
            return new Connection.Profile(profile.name(), region, Map.of());
        }
    }

    /**
     * A connection from the command line or environment that is not simply a listed profile: an endpoint URL, a
     * profile with endpoint overrides, or a profile the files do not list. Kept for this run, never remembered.
     */
    record GivenAtStartup(Connection connection) implements ConnectionChoice {
        @Override
        public String label() {
            return connection.label() + " (command line)";
        }

        @Override
        public Optional<String> settingsName() {
            return Optional.empty();
        }

        @Override
        public Connection connectionIn(String region, URI sandboxEndpoint) {
            return switch (connection) {
                case Connection.Sandbox s -> new Connection.Sandbox(s.endpoint(), region);
                case Connection.Endpoint e -> new Connection.Endpoint(e.endpoints(), region);
                case Connection.Profile p -> new Connection.Profile(p.profileName(), region, p.endpointOverrides());
            };
        }
    }
}
