package io.backupconsole.aws.profiles;

import java.util.Map;

/**
 * How a profile gets its credentials, in the words the connection picker shows. Decided from the profile's
 * properties in the same order the SDK's credential chain tries them, so the label says what will actually happen.
 */
public enum ProfileKind {
    STATIC_KEYS("static keys"),
    SSO_SESSION("SSO session"),
    SSO_LEGACY("SSO"),
    WEB_IDENTITY("web identity"),
    ASSUME_ROLE("assume role"),
    ASSUME_ROLE_MFA("assume role with MFA"),
    CREDENTIAL_PROCESS("credential process"),
    UNKNOWN("unknown");

    private final String words;

    ProfileKind(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** The kind of a profile with these properties (names as in the files, e.g. {@code sso_session}). */
    public static ProfileKind of(Map<String, String> properties) {
        if (properties.containsKey("role_arn")) {
            if (properties.containsKey("web_identity_token_file")) {
                return WEB_IDENTITY;
            }
            if (properties.containsKey("source_profile") || properties.containsKey("credential_source")) {
                return properties.containsKey("mfa_serial") ? ASSUME_ROLE_MFA : ASSUME_ROLE;
            }
        }
        if (properties.containsKey("sso_session")) {
            return SSO_SESSION;
        }
        if (properties.containsKey("sso_start_url")) {
            return SSO_LEGACY;
        }
        if (properties.containsKey("credential_process")) {
            return CREDENTIAL_PROCESS;
        }
        if (properties.containsKey("aws_access_key_id")) {
            return STATIC_KEYS;
        }
        return UNKNOWN;
    }
}
