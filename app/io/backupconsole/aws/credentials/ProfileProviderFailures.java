package io.backupconsole.aws.credentials;

import io.backupconsole.domain.FailureText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The SDK's provider of a profile (static keys, {@code credential_process}, web identity), its failures told in
 * words that name the profile. The SDK reports a failed {@code credential_process} as a bare
 * {@code IllegalStateException} holding the process's whole stderr; here it becomes
 * {@link CredentialsUnavailable} with the first line of that stderr, and the stack trace goes to the log.
 * The SDK's own exceptions pass unchanged ({@code AwsErrors} words them). Thread-safe as the SDK's provider is.
 */
final class ProfileProviderFailures implements AwsCredentialsProvider {
    private static final Logger LOG = LoggerFactory.getLogger(ProfileProviderFailures.class);
    /** How the SDK words a process that failed: "Command returned non-zero exit value (1) with error message: …". */
    private static final Pattern PROCESS_FAILED =
            Pattern.compile("non-zero exit value \\((-?\\d+)\\)(?: with error message: (.*))?", Pattern.DOTALL);

    private final String profileName;
    private final boolean process;
    private final AwsCredentialsProvider sdk;

    /**
     * @param process whether the profile gets its credentials from {@code credential_process}
     */
    ProfileProviderFailures(String profileName, boolean process, AwsCredentialsProvider sdk) {
        this.profileName = profileName;
        this.process = process;
        this.sdk = sdk;
    }

    @Override
    public AwsCredentials resolveCredentials() {
        try {
            return sdk.resolveCredentials();
        } catch (SdkException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("The credentials of profile {} could not be had", profileName, e);
            throw new CredentialsUnavailable(describe(e), e);
        }
    }

    private String describe(RuntimeException failure) {
        if (!process) {
            return "Profile " + profileName + " gave no credentials: " + FailureText.of(root(failure))
                    + " Check the profile in the AWS files.";
        }
        return "The credential_process of profile " + profileName + " failed: " + processError(failure)
                + ". Run the command in a shell to see why, fix it, then try again.";
    }

    /** The first line the process wrote to stderr, else what the SDK says went wrong. */
    private static String processError(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Matcher failed = PROCESS_FAILED.matcher(String.valueOf(cause.getMessage()));
            if (failed.find()) {
                String stderr = failed.group(2) == null ? "" : failed.group(2);
                return stderr.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .findFirst()
                        .orElse("it exited with " + failed.group(1) + " and wrote nothing to stderr");
            }
        }
        return stripEnd(FailureText.of(root(failure)));
    }

    private static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }

    private static String stripEnd(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public String toString() {
        return "credentials of profile " + profileName;
    }
}
