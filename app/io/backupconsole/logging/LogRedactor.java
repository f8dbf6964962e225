package io.backupconsole.logging;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The log's safety net: replaces whatever looks like a credential with {@code ****} before a line is written. The
 * app never logs credentials on purpose and keeps the SDK's request logging off (WARN); this catches the accident
 * (an exception message quoting a header, a profile line, a token file). Kept on purpose: access key ids, account
 * ids, request ids, ARNs, idempotency tokens — what a support person needs.
 */
public final class LogRedactor {
    public static final String MASK = "****";

    private static final List<Pattern> WHOLE_VALUE = List.of(
            // "Authorization: AWS4-HMAC-SHA256 Credential=..., Signature=..." and the SDK's "Authorization=[...]".
            Pattern.compile("(?i)(\\bauthorization\\b\"?\\s*[:=]\\s*\\[?\"?)([^\\]\"\\r\\n]+)"),
            // Named secrets: profile lines, JSON members (SSO cache), query parameters, headers.
            Pattern.compile("(?i)((?:aws_secret_access_key|aws_session_token|aws_security_token|secret_?access_?key"
                    + "|session_?token|security_?token|x-amz-security-token|access_?token|refresh_?token"
                    + "|client_?secret|password)\"?\\s*[:=]\\s*\\[?\"?)([^\"'\\s,;&\\]}]+)"));

    /** A secret access key: exactly 40 characters of its alphabet, with upper and lower case and a digit. */
    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?<![A-Za-z0-9/+%])(?=[A-Za-z0-9/+]{0,39}[a-z])(?=[A-Za-z0-9/+]{0,39}[A-Z])(?=[A-Za-z0-9/+]{0,39}[0-9])"
                    + "[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=%])");

    /**
     * Session tokens, SSO access tokens, JWTs and their base64 or URL-encoded forms: 48 or more token characters in a
     * row with upper and lower case and a digit (paths, class names and ids break on '.', ':', '=' or have one case).
     */
    private static final Pattern LONG_TOKEN = Pattern.compile(
            "(?=[A-Za-z0-9/+_%-]{0,400}[a-z])(?=[A-Za-z0-9/+_%-]{0,400}[A-Z])(?=[A-Za-z0-9/+_%-]{0,400}[0-9])"
                    + "(?<![A-Za-z0-9/+_%-])[A-Za-z0-9/+_%-]{48,}={0,2}");

    private LogRedactor() {}

    /** The text with every credential-shaped part replaced by {@link #MASK}. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (Pattern pattern : WHOLE_VALUE) {
            result = pattern.matcher(result).replaceAll("$1" + MASK);
        }
        result = SECRET_KEY.matcher(result).replaceAll(MASK);
        return LONG_TOKEN.matcher(result).replaceAll(MASK);
    }
}
