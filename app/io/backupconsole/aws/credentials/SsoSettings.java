package io.backupconsole.aws.credentials;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * What an SSO profile says, from the profile and its {@code [sso-session NAME]} section (or, for a legacy profile,
 * its own {@code sso_start_url} / {@code sso_region}).
 *
 * @param sessionName the {@code sso_session}, empty for a legacy profile
 * @param scopes      {@code sso_registration_scopes} (sso-session only; the CLI's default is sso:account:access)
 */
public record SsoSettings(
        String profileName,
        Optional<String> sessionName,
        String startUrl,
        String ssoRegion,
        String accountId,
        String roleName,
        List<String> scopes) {

    /**
     * The token cache's key, as the AWS CLI and the SDK use it: the session name, or for a legacy profile the
     * start URL.
     */
    public String cacheKey() {
        return sessionName.orElse(startUrl);
    }

    /** The profile's SSO settings; empty when it is not an SSO profile. Throws with a clear message when incomplete. */
    static Optional<SsoSettings> of(ProfileFile file, Profile profile) {
        Optional<String> session = profile.property("sso_session");
        if (session.isEmpty() && profile.property("sso_start_url").isEmpty()) {
            return Optional.empty();
        }
        String startUrl;
        String region;
        List<String> scopes = List.of();
        if (session.isPresent()) {
            Profile section = file.getSection("sso-session", session.get())
                    .orElseThrow(() -> new IllegalStateException(
                            "Profile " + profile.name() + " names sso_session " + session.get()
                                    + ", but the config file has no [sso-session " + session.get() + "] section."));
            startUrl = required(section, "sso_start_url", "[sso-session " + session.get() + "]");
            region = required(section, "sso_region", "[sso-session " + session.get() + "]");
            scopes = section.property("sso_registration_scopes")
                    .map(s -> Arrays.stream(s.split(","))
                            .map(String::strip)
                            .filter(x -> !x.isEmpty())
                            .toList())
                    .filter(list -> !list.isEmpty())
                    .orElse(List.of("sso:account:access"));
        } else {
            startUrl = required(profile, "sso_start_url", "profile " + profile.name());
            region = required(profile, "sso_region", "profile " + profile.name());
        }
        String what = "profile " + profile.name();
        return Optional.of(new SsoSettings(
                profile.name(),
                session,
                startUrl,
                region,
                required(profile, "sso_account_id", what),
                required(profile, "sso_role_name", what),
                scopes));
    }

    private static String required(Profile profile, String property, String where) {
        return profile.property(property)
                .filter(s -> !s.isBlank())
                .map(String::strip)
                .orElseThrow(() ->
                        new IllegalStateException("The " + where + " in the AWS config file has no " + property + "."));
    }
}
