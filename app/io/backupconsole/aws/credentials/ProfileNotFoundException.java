package io.backupconsole.aws.credentials;

import io.backupconsole.aws.profiles.ProfileFiles;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The named profile is in neither AWS file. The message names the profile and the files that were read (with the
 * home folder they were found in, that is what a wrong {@code $HOME} shows up as) and says what to do.
 */
public final class ProfileNotFoundException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    ProfileNotFoundException(String profileName, ProfileFiles files) {
        super("There is no profile " + profileName + " in " + describe(files.config()) + " or "
                + describe(files.credentials()) + ". Add it (aws configure --profile " + profileName
                + ") or choose another profile.");
    }

    private static String describe(Path file) {
        return file + (Files.isRegularFile(file) ? "" : " (missing)");
    }
}
