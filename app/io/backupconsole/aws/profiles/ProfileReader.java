package io.backupconsole.aws.profiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Lists the profiles of the AWS config and credentials files with the SDK's own parser (so names, the
 * {@code [profile x]} prefix and precedence match what {@code ProfileCredentialsProvider} will use). Each file is
 * parsed on its own: a malformed file is reported as a problem and the other file's profiles are still listed.
 * Blocking file I/O: call from the background executor.
 */
public final class ProfileReader {
    private ProfileReader() {}

    public static ProfileListing read(ProfileFiles files) {
        List<String> problems = new ArrayList<>();
        ProfileFile.Aggregator aggregator = ProfileFile.aggregator();
        // The config file is added first: for a profile in both files the aggregate prefers the first file's
        // properties, the same order the SDK's default profile file uses.
        addIfReadable(aggregator, files.config(), ProfileFile.Type.CONFIGURATION, problems);
        addIfReadable(aggregator, files.credentials(), ProfileFile.Type.CREDENTIALS, problems);
        List<AwsProfile> profiles = aggregator.build().profiles().values().stream()
                .map(ProfileReader::describe)
                .sorted(Comparator.comparing(AwsProfile::name))
                .toList();
        return new ProfileListing(profiles, problems);
    }

    private static void addIfReadable(
            ProfileFile.Aggregator aggregator, Path path, ProfileFile.Type type, List<String> problems) {
        if (!Files.isRegularFile(path)) {
            return;
        }
        try {
            ProfileFile file = ProfileFile.builder().content(path).type(type).build();
            // Parsing is lazy in some SDK versions; asking for the profiles forces it inside this try.
            file.profiles();
            aggregator.addFile(file);
        } catch (RuntimeException e) {
            problems.add("The AWS " + (type == ProfileFile.Type.CONFIGURATION ? "config" : "credentials") + " file "
                    + path + " could not be read (" + e.getMessage() + "); its profiles are not listed.");
        }
    }

    private static AwsProfile describe(Profile profile) {
        Map<String, String> properties = profile.properties();
        return new AwsProfile(profile.name(), ProfileKind.of(properties), profile.property("region"));
    }
}
