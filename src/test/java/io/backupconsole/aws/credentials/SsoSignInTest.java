package io.backupconsole.aws.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backupconsole.aws.ClientFactory;
import io.backupconsole.testsupport.SandboxAwsHome;
import io.backupconsole.testsupport.SandboxFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.ssooidc.internal.OnDiskTokenManager;

class SsoSignInTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    @TempDir
    Path home;

    private SandboxAwsHome aws() {
        return new SandboxAwsHome(home, sandbox.server()).config(SandboxAwsHome.SSO_PROFILE);
    }

    @Test
    void deviceSignInWritesTheCliTokenCacheAndTheSdkThenGetsRoleCredentials() throws Exception {
        SandboxAwsHome aws = aws();
        try (ClientFactory clients = aws.clientFactory(MfaCodePrompt.NONE)) {
            ProfileCredentials credentials = clients.credentials();
            assertTrue(credentials.signInNeeded("sso-user"));

            PendingSignIn pending = credentials.startSignIn("sso-user");
            assertTrue(pending.userCode().matches("[A-Z]{4}-[A-Z]{4}"), pending.userCode());
            assertTrue(pending.verificationUriComplete().endsWith("user_code=" + pending.userCode()));
            credentials.finishSignIn(pending, aws.new JumpingPacer(() -> aws.decide("approve", pending.userCode())));

            Path written = new SsoTokenCache(aws.tokenCache()).fileFor("corp");
            assertEquals(written, Files.list(aws.tokenCache()).findFirst().orElseThrow());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(written)));
            JsonNode json = new ObjectMapper().readTree(written.toFile());
            assertEquals(
                    List.of(
                            "startUrl",
                            "region",
                            "accessToken",
                            "expiresAt",
                            "clientId",
                            "clientSecret",
                            "registrationExpiresAt",
                            "refreshToken"),
                    fieldNames(json));
            assertEquals("https://corp.awsapps.com/start", json.get("startUrl").asText());
            assertTrue(json.get("expiresAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
            // The SDK's own reader of the cache (what the CLI and every SDK share) accepts the file.
            try (OnDiskTokenManager sdkCache = OnDiskTokenManager.create(aws.tokenCache(), "corp")) {
                assertEquals(
                        json.get("accessToken").asText(),
                        sdkCache.loadToken().orElseThrow().token());
            }
            assertFalse(credentials.signInNeeded("sso-user"));

            AwsCredentials role = credentials.providerFor("sso-user").resolveCredentials();
            assertEquals("ASIASANDBOX14", role.accessKeyId());
            assertEquals(1, sandbox.server().stats().snapshot().get("sso:GetRoleCredentials"));
        }
    }

    @Test
    void pollingWaitsWhilePendingAndSlowsDownWhenAsked() {
        SandboxAwsHome aws = aws();
        try (ClientFactory clients = aws.clientFactory(MfaCodePrompt.NONE)) {
            ProfileCredentials credentials = clients.credentials();
            PendingSignIn pending = credentials.startSignIn("sso-user");
            // Poll 1: pending. Poll 2 comes without the clock moving (too soon): slow_down, so the wait grows by
            // five seconds. Poll 3: approved.
            SandboxAwsHome.JumpingPacer pacer = aws.new JumpingPacer() {
                @Override
                public boolean pause(Duration duration) {
                    waits.add(duration);
                    if (waits.size() == 1 || waits.size() == 3) {
                        sandbox.server().clock().advance(duration);
                    }
                    if (waits.size() == 3) {
                        aws.decide("approve", pending.userCode());
                    }
                    return true;
                }
            };
            credentials.finishSignIn(pending, pacer);
            assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(6)), pacer.waits);
            assertEquals(3, sandbox.server().stats().snapshot().get("sso-oidc:CreateToken"));
        }
    }

    @Test
    void aDeniedExpiredOrCancelledSignInSaysSoAndWritesNothing() {
        SandboxAwsHome aws = aws();
        try (ClientFactory clients = aws.clientFactory(MfaCodePrompt.NONE)) {
            ProfileCredentials credentials = clients.credentials();
            PendingSignIn denied = credentials.startSignIn("sso-user");
            SignInFailedException deny = assertThrows(
                    SignInFailedException.class,
                    () -> credentials.finishSignIn(
                            denied, aws.new JumpingPacer(() -> aws.decide("deny", denied.userCode()))));
            assertEquals("The sign-in was denied in the browser.", deny.getMessage());

            PendingSignIn late = credentials.startSignIn("sso-user");
            SignInFailedException expired = assertThrows(
                    SignInFailedException.class,
                    () -> credentials.finishSignIn(
                            late,
                            aws.new JumpingPacer(() -> sandbox.server().clock().advance(Duration.ofMinutes(11)))));
            assertTrue(expired.getMessage().contains("expired before it was approved"), expired.getMessage());

            PendingSignIn cancelled = credentials.startSignIn("sso-user");
            Pacer pacer = new Pacer();
            pacer.cancel();
            assertEquals(
                    "Sign-in cancelled.",
                    assertThrows(SignInFailedException.class, () -> credentials.finishSignIn(cancelled, pacer))
                            .getMessage());
            assertTrue(credentials.signInNeeded("sso-user"));
            assertFalse(Files.exists(aws.tokenCache()));
        }
    }

    @Test
    void anExpiredTokenAsksForSignInAndARefreshTokenRenewsItWithoutOne() {
        SandboxAwsHome aws = aws();
        List<String> signInNeeded = new CopyOnWriteArrayList<>();
        try (ClientFactory clients = aws.clientFactory(MfaCodePrompt.NONE)) {
            ProfileCredentials credentials = clients.credentials();
            credentials.addSignInListener(signInNeeded::add);
            PendingSignIn pending = credentials.startSignIn("sso-user");
            credentials.finishSignIn(pending, aws.new JumpingPacer(() -> aws.decide("approve", pending.userCode())));
            SsoTokenCache cache = new SsoTokenCache(aws.tokenCache());
            SsoToken signedIn = cache.read("corp").orElseThrow();

            // The access token ran out; its refresh token still works: renewed silently, the cache rewritten.
            cache.write("corp", withExpiry(signedIn, Instant.now().minusSeconds(60), signedIn.refreshToken()));
            credentials.providerFor("sso-user").resolveCredentials();
            assertTrue(cache.read("corp").orElseThrow().usableAt(Instant.now()));
            assertEquals(List.of(), signInNeeded);

            // Ran out and no refresh token: the call fails saying to sign in, and the app hears it.
            credentials.forget("sso-user");
            cache.write("corp", withExpiry(signedIn, Instant.now().minusSeconds(60), Optional.empty()));
            SdkClientException noToken = assertThrows(
                    SdkClientException.class,
                    () -> credentials.providerFor("sso-user").resolveCredentials());
            assertTrue(
                    noToken.getMessage()
                            .startsWith(
                                    "Sign-in needed: the SSO session of profile sso-user has expired; sign in: `aws sso"
                                            + " login --profile sso-user`, or Sign in… in the window."),
                    noToken.getMessage());
            assertEquals(List.of("sso-user"), signInNeeded);
        }
    }

    @Test
    void aSessionEndedAtIdentityCenterMidwayAsksForSignIn() {
        SandboxAwsHome aws = aws();
        List<String> signInNeeded = new CopyOnWriteArrayList<>();
        try (ClientFactory clients = aws.clientFactory(MfaCodePrompt.NONE)) {
            ProfileCredentials credentials = clients.credentials();
            credentials.addSignInListener(signInNeeded::add);
            PendingSignIn pending = credentials.startSignIn("sso-user");
            credentials.finishSignIn(pending, aws.new JumpingPacer(() -> aws.decide("approve", pending.userCode())));
            sandbox.server().ssoDirectory().expireSessions();

            SdkClientException refused = assertThrows(
                    SdkClientException.class,
                    () -> credentials.providerFor("sso-user").resolveCredentials());
            assertTrue(refused.getMessage().contains("was refused by IAM Identity Center"), refused.getMessage());
            assertEquals(List.of("sso-user"), signInNeeded);
        }
    }

    private static SsoToken withExpiry(SsoToken token, Instant expiresAt, Optional<String> refreshToken) {
        return new SsoToken(
                token.accessToken(),
                expiresAt,
                token.region(),
                token.startUrl(),
                token.clientId(),
                token.clientSecret(),
                token.registrationExpiresAt(),
                refreshToken);
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
