package io.backupconsole.aws.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.ClientFactory;
import io.backupconsole.aws.Connection;
import io.backupconsole.aws.ServiceAdapters;
import io.backupconsole.aws.profiles.AwsProfile;
import io.backupconsole.aws.profiles.ProfileKind;
import io.backupconsole.aws.profiles.ProfileReader;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.ServiceFailure;
import io.backupconsole.testsupport.SandboxAwsHome;
import io.backupconsole.testsupport.SandboxFixture;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of profile in one temporary ~/.aws, each pointing at the sandbox with endpoint_url: the picker names
 * its kind, and its calls work (or, for SSO without a sign-in, say to sign in).
 */
class ProfileKindsAgainstSandboxTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @TempDir
    Path home;

    private static final String CONFIG = SandboxAwsHome.SSO_PROFILE + """

            [profile keys]
            region = us-east-1
            endpoint_url = %1$s

            [profile tool]
            credential_process = /bin/sh -c "echo '{\\"Version\\": 1, \\"AccessKeyId\\": \\"AKIAPROCESS\\", \\"SecretAccessKey\\": \\"process-secret\\"}'"
            endpoint_url = %1$s

            [profile operator]
            role_arn = arn:aws:iam::123456789012:role/BackupOperator
            source_profile = keys
            endpoint_url = %1$s

            [profile admin]
            role_arn = arn:aws:iam::123456789012:role/BackupAdmin-mfa
            source_profile = keys
            mfa_serial = arn:aws:iam::123456789012:mfa/sandbox-user
            endpoint_url = %1$s
            """;

    @Test
    void eachKindIsNamedInThePickerAndReachesTheSandbox() {
        SandboxAwsHome aws = new SandboxAwsHome(home, sandbox.server())
                .config(CONFIG.replace("%s", "%1$s"))
                .credentials("[keys]\naws_access_key_id = AKIAKEYS\naws_secret_access_key = keys-secret\n");
        Map<String, ProfileKind> kinds = ProfileReader.read(aws.files()).profiles().stream()
                .collect(Collectors.toMap(AwsProfile::name, AwsProfile::kind));
        assertEquals(
                Map.of(
                        "sso-user",
                        ProfileKind.SSO_SESSION,
                        "keys",
                        ProfileKind.STATIC_KEYS,
                        "tool",
                        ProfileKind.CREDENTIAL_PROCESS,
                        "operator",
                        ProfileKind.ASSUME_ROLE,
                        "admin",
                        ProfileKind.ASSUME_ROLE_MFA),
                kinds);

        try (ClientFactory clients =
                aws.clientFactory((profile, device) -> CompletableFuture.completedFuture("123456"))) {
            for (String profile : new String[] {"keys", "tool", "operator", "admin"}) {
                try (ServiceAdapters adapters =
                        clients.connect(new Connection.Profile(profile, "us-east-1", Map.of()))) {
                    assertFalse(adapters.get(AwsService.FSX).listResources().isEmpty(), profile);
                }
            }
            assertEquals(2L, sandbox.server().stats().snapshot().get("sts:AssumeRole"));

            try (ServiceAdapters adapters =
                    clients.connect(new Connection.Profile("sso-user", "us-east-1", Map.of()))) {
                ServiceFailure failure = Assertions.assertThrows(
                        ServiceFailure.class, () -> adapters.get(AwsService.FSX).listResources());
                assertEquals(ServiceFailure.Kind.ACCESS_DENIED, failure.kind());
                assertTrue(failure.getMessage().contains("Sign-in needed"), failure.getMessage());
            }
        }
    }
}
