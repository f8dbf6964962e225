package io.backupconsole.aws.profiles;

import java.util.Objects;
import java.util.Optional;

/**
 * One named profile from the AWS config and credentials files.
 *
 * @param name   the profile name ({@code default}, {@code work}, …)
 * @param kind   how it gets credentials
 * @param region its {@code region}, if the files set one
 */
public record AwsProfile(String name, ProfileKind kind, Optional<String> region) {
    public AwsProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(region, "region");
    }

    /** What the connection picker shows, e.g. "work — SSO session". */
    public String description() {
        return name + " — " + kind.words();
    }
}
