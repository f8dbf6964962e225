package io.backupconsole.aws.profiles;

import java.util.List;

/**
 * What reading the profile files found.
 *
 * @param profiles every profile, sorted by name
 * @param problems one message per file that could not be read, naming the file and the line; empty when all is well
 */
public record ProfileListing(List<AwsProfile> profiles, List<String> problems) {
    public ProfileListing {
        profiles = List.copyOf(profiles);
        problems = List.copyOf(problems);
    }

    public static ProfileListing empty() {
        return new ProfileListing(List.of(), List.of());
    }
}
