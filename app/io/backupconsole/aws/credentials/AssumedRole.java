package io.backupconsole.aws.credentials;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;

/**
 * A profile with {@code role_arn} and {@code source_profile} (or {@code credential_source = Environment}): the
 * SDK's assume-role provider, through STS at the profile's {@code endpoint_url} when it has one. With
 * {@code mfa_serial} it asks the user for the code each time it assumes the role. The SDK keeps the session in
 * memory until shortly before it expires; nothing is written to disk. The code is awaited on the calling
 * (background) thread.
 */
final class AssumedRole {
    /** How long a prompt may stay open before the call gives up. */
    static final Duration CODE_WAIT = Duration.ofMinutes(5);

    private AssumedRole() {}

    static ProfileCredentials.KeptProvider provider(
            Profile profile,
            AwsCredentialsProvider source,
            Optional<URI> endpoint,
            CredentialClients clients,
            MfaCodePrompt prompt) {
        String roleArn = profile.property("role_arn").orElseThrow();
        Optional<String> serial = profile.property("mfa_serial");
        String sessionName = profile.property("role_session_name").orElse("backup-console");
        Integer duration =
                profile.property("duration_seconds").map(Integer::valueOf).orElse(null);
        StsClient sts = clients.sts(profile.property("region").orElse("us-east-1"), endpoint, source);
        StsAssumeRoleCredentialsProvider sdkProvider = StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts)
                .refreshRequest(() -> AssumeRoleRequest.builder()
                        .roleArn(roleArn)
                        .roleSessionName(sessionName)
                        .durationSeconds(duration)
                        .serialNumber(serial.orElse(null))
                        .tokenCode(serial.map(device -> code(prompt, profile.name(), device))
                                .orElse(null))
                        .build())
                .build();
        return new ProfileCredentials.KeptProvider(sdkProvider, () -> {
            sdkProvider.close();
            sts.close();
        });
    }

    private static String code(MfaCodePrompt prompt, String profileName, String serial) {
        try {
            return prompt.ask(profileName, serial)
                    .get(CODE_WAIT.toMinutes(), TimeUnit.MINUTES)
                    .strip();
        } catch (CancellationException e) {
            throw SdkClientException.create("No MFA code was given for profile " + profileName + " (cancelled).");
        } catch (ExecutionException e) {
            throw SdkClientException.create("No MFA code was given for profile " + profileName + ": "
                    + e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw SdkClientException.create("No MFA code was given for profile " + profileName + " within "
                    + CODE_WAIT.toMinutes() + " minutes.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SdkClientException.create("Interrupted while waiting for the MFA code of profile " + profileName);
        }
    }
}
