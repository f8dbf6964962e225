package io.backupconsole.aws;

import java.util.Objects;

/**
 * One flag of {@code backup-console backup} that belongs to one service (or to several: FSx and Lightsail both have
 * {@code --name}), as the usage lists it.
 *
 * @param flag        e.g. {@code --vault}
 * @param placeholder what its value is, e.g. {@code NAME}
 * @param help        one line for the usage, naming the service, e.g. "AWS Backup vault (required for backup)"
 */
public record CliOption(String flag, String placeholder, String help) {
    public CliOption {
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(placeholder, "placeholder");
        Objects.requireNonNull(help, "help");
        if (!flag.startsWith("--")) {
            throw new IllegalArgumentException("A flag starts with --: " + flag);
        }
    }
}
