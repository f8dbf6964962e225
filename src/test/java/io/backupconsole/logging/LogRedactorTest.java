package io.backupconsole.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The redactor with secrets shaped like real ones (AWS's documented example values and same-shaped random ones). */
class LogRedactorTest {
    private static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String SESSION_TOKEN = "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDp8kZ2hXbQ"
            + "m0A2pP5QyK3oJ8x6Zq+vN1B8r0sT4uW9AiBxF2gH5jK7lM3nO9pQ1rS5tU7vW9xY1zA3bC5dE7fG9hKqlAIIo///////////"
            + "ARABGgwxMjM0NTY3ODkwMTIiDGx8Jk3o2P4q6R8s0Sr5AqYb0cDe2Fg4Hi6Jk8Lm0No2Pq4Rs6Tu8Vw0Xy2Za4Bc6De8Fg0Hi==";
    private static final String SSO_ACCESS_TOKEN =
            "aoaAAAAAGdZ3xV1y8cR2k9Lq0pWmZs4Tu6Vw8Xy0Za2Bc4De6Fg8Hi0Jk2Lm4No6Pq8Rs0"
                    + "Tu2Vw4Xy6Za8Bc0De2Fg4:MGUCMQDk8Lq2W0Zs4Tu6Vw8Xy0Za2Bc4De6Fg8Hi0Jk2Lm4No6Pq8Rs0Tu2Vw4XyAjA7Yz9Ab1Cd3Ef5Gh7";

    private static void assertHidden(String secret, String line) {
        String redacted = LogRedactor.redact(line);
        assertFalse(redacted.contains(secret), "still there: " + redacted);
        assertTrue(redacted.contains(LogRedactor.MASK), redacted);
    }

    @Test
    void profileLinesLoseTheirValues() {
        assertEquals("aws_secret_access_key = ****", LogRedactor.redact("aws_secret_access_key = " + SECRET_KEY));
        assertHidden(SESSION_TOKEN, "aws_session_token=" + SESSION_TOKEN);
        assertHidden("abc", "aws_security_token = abc");
    }

    @Test
    void aBareSecretKeyOrTokenIsHiddenWherever() {
        assertHidden(SECRET_KEY, "Unable to load credentials: key " + SECRET_KEY + " rejected");
        assertHidden(SECRET_KEY, "secret=" + SECRET_KEY + ", ok");
        assertHidden(SESSION_TOKEN, "token " + SESSION_TOKEN + ".");
        assertHidden(SSO_ACCESS_TOKEN.substring(0, 60), "cached " + SSO_ACCESS_TOKEN);
    }

    @Test
    void encodedFormsAreHiddenToo() {
        String base64 = Base64.getEncoder().encodeToString(SECRET_KEY.getBytes(StandardCharsets.UTF_8));
        assertHidden(base64, "blob " + base64);
        String urlEncoded = URLEncoder.encode(SESSION_TOKEN, StandardCharsets.UTF_8);
        assertHidden(urlEncoded, "GET /?X-Amz-Security-Token=" + urlEncoded + "&X-Amz-Date=20261201T000000Z");
        assertHidden(urlEncoded, "GET /?a=" + urlEncoded);
    }

    @Test
    void authorizationHeadersAndSsoCacheMembersAreHidden() {
        String header = "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261201/us-east-1/fsx/aws4_request, "
                + "SignedHeaders=host;x-amz-date, Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024";
        assertEquals("Authorization: ****", LogRedactor.redact("Authorization: " + header));
        assertEquals(
                "headers={Authorization=[****], X-Amz-Date=[20261201T000000Z]}",
                LogRedactor.redact("headers={Authorization=[" + header + "], X-Amz-Date=[20261201T000000Z]}"));
        assertHidden("Bearer", "authorization: Bearer eyJhbGciOi");
        String cache = "{\"accessToken\": \"" + SSO_ACCESS_TOKEN + "\", \"refreshToken\": \"Atzr|IwEBIA\", "
                + "\"clientSecret\": \"eyJraWQiOiJrZXktMTU2\", \"region\": \"us-east-1\"}";
        String redacted = LogRedactor.redact(cache);
        assertEquals(
                "{\"accessToken\": \"****\", \"refreshToken\": \"****\", \"clientSecret\": \"****\", "
                        + "\"region\": \"us-east-1\"}",
                redacted);
        assertHidden(SESSION_TOKEN, "X-Amz-Security-Token: " + SESSION_TOKEN);
    }

    @Test
    void whatSupportNeedsIsKept() {
        String line = "AWS call failed: FSx CreateBackup in us-east-1: HTTP 400 BackupInProgress (request id "
                + "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d): arn:aws:backup:us-east-1:123456789012:backup-vault:nightly "
                + "key AKIAIOSFODNN7EXAMPLE token 7f4e1c2a-8b9d-4e3f-a1b2-c3d4e5f6a7b8 file /home/ana/.local/state/"
                + "backup-console/backup-console.log at io.backupconsole.tracking.JobTracker.poll(JobTracker.java:190)"
                + " sha 0123456789abcdef0123456789abcdef01234567 ClientRequestToken=5b0c4d8e-1f2a-4b3c-9d8e-7f6a5b4c3d2e";
        assertEquals(line, LogRedactor.redact(line));
    }
}
