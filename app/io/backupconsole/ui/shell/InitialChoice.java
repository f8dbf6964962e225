package io.backupconsole.ui.shell;

import io.backupconsole.aws.Connection;
import io.backupconsole.aws.StartupConnection;
import io.backupconsole.settings.Settings;
import java.util.List;
import java.util.Optional;

/**
 * The connection and region the app opens with. Each is decided on its own: the command line or environment wins,
 * then the remembered choice, then the built-in sandbox (connection) or the chosen profile's region (region).
 *
 * @param choice the connection to open
 * @param region the region to open it in
 * @param notice a message for the user when the remembered choice could not be used
 */
record InitialChoice(ConnectionChoice choice, String region, Optional<String> notice) {

    static InitialChoice decide(StartupConnection startup, Settings remembered, List<ConnectionChoice> listed) {
        Optional<String> notice = Optional.empty();
        ConnectionChoice choice;
        if (!startup.usesBuiltInSandbox()) {
            Connection given = startup.connection();
            choice = listedProfile(given, listed).orElse(new ConnectionChoice.GivenAtStartup(given));
        } else {
            choice = named(remembered.connection(), listed).orElse(listed.get(0));
            if (choice.settingsName().filter(remembered.connection()::equals).isEmpty()) {
                notice = Optional.of("The profile \"" + remembered.connection() + "\" you used last time is no "
                        + "longer in your AWS config or credentials file; the built-in sandbox is used instead.");
            }
        }
        String region;
        if (startup.regionExplicit()) {
            region = startup.region();
        } else if (choice.settingsName().filter(remembered.connection()::equals).isPresent()) {
            region = remembered.region();
        } else {
            region = profileRegion(choice).orElse(remembered.region());
        }
        return new InitialChoice(choice, region, notice);
    }

    /** The region set in a profile's files, if the choice is a profile that has one. */
    static Optional<String> profileRegion(ConnectionChoice choice) {
        return choice instanceof ConnectionChoice.NamedProfile named
                ? named.profile().region()
                : Optional.empty();
    }

    private static Optional<ConnectionChoice> named(String name, List<ConnectionChoice> listed) {
        return listed.stream()
                .filter(c -> c.settingsName().filter(name::equals).isPresent())
                .findFirst();
    }

    /** A plain profile connection (no endpoint overrides) to a listed profile is that picker entry. */
    private static Optional<ConnectionChoice> listedProfile(Connection given, List<ConnectionChoice> listed) {
        if (given instanceof Connection.Profile p && p.endpointOverrides().isEmpty()) {
            return listed.stream()
                    .filter(c -> c instanceof ConnectionChoice.NamedProfile n
                            && n.profile().name().equals(p.profileName()))
                    .findFirst();
        }
        return Optional.empty();
    }
}
