package io.backupconsole.aws.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileReaderTest {
    @TempDir
    Path home;

    private ProfileListing read(String config, String credentials) throws Exception {
        Path aws = Files.createDirectories(home.resolve(".aws"));
        if (config != null) {
            Files.writeString(aws.resolve("config"), config);
        }
        if (credentials != null) {
            Files.writeString(aws.resolve("credentials"), credentials);
        }
        return ProfileReader.read(ProfileFiles.resolve(Map.of(), home));
    }

    @Test
    void everyKindTheCliAcceptsIsListedWithItsRegion() throws Exception {
        ProfileListing listing = read("""
                [default]
                region = eu-west-1
                [profile sso-new]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = Backup
                region = us-east-2
                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = us-east-1
                [profile sso-old]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = us-east-1
                sso_account_id = 111122223333
                sso_role_name = Backup
                [profile tool]
                credential_process = /usr/local/bin/get-creds
                [profile admin]
                role_arn = arn:aws:iam::111122223333:role/Admin
                source_profile = default
                [profile ci]
                role_arn = arn:aws:iam::111122223333:role/CI
                web_identity_token_file = /var/run/token
                """, """
                [default]
                aws_access_key_id = AKIDEXAMPLE
                aws_secret_access_key = secret
                """);
        assertEquals(List.of(), listing.problems());
        Map<String, AwsProfile> byName = listing.profiles().stream()
                .collect(java.util.stream.Collectors.toMap(AwsProfile::name, p -> p));
        assertEquals(ProfileKind.STATIC_KEYS, byName.get("default").kind());
        assertEquals(Optional.of("eu-west-1"), byName.get("default").region());
        assertEquals(ProfileKind.SSO_SESSION, byName.get("sso-new").kind());
        assertEquals(Optional.of("us-east-2"), byName.get("sso-new").region());
        assertEquals(ProfileKind.SSO_LEGACY, byName.get("sso-old").kind());
        assertEquals(ProfileKind.CREDENTIAL_PROCESS, byName.get("tool").kind());
        assertEquals(ProfileKind.ASSUME_ROLE, byName.get("admin").kind());
        assertEquals(ProfileKind.WEB_IDENTITY, byName.get("ci").kind());
        assertEquals("sso-new — SSO session", byName.get("sso-new").description());
        assertTrue(!byName.containsKey("corp"), "sso-session sections are not profiles");
    }

    @Test
    void noFilesMeansNoProfilesAndNoProblem() throws Exception {
        ProfileListing listing = read(null, null);
        assertEquals(List.of(), listing.profiles());
        assertEquals(List.of(), listing.problems());
    }

    @Test
    void aMalformedFileIsReportedAndTheOtherStillCounts() throws Exception {
        ProfileListing listing = read("[profile broken\nregion = x\n", "[keys]\naws_access_key_id = A\naws_secret_access_key = B\n");
        assertEquals(List.of("keys"), listing.profiles().stream().map(AwsProfile::name).toList());
        assertEquals(1, listing.problems().size());
        assertTrue(listing.problems().get(0).contains("config"), listing.problems().toString());
    }

    @Test
    void environmentVariablesMoveTheFilesAndTildeMeansHome() {
        ProfileFiles files = ProfileFiles.resolve(Map.of("AWS_CONFIG_FILE", "~/custom/config",
                "AWS_SHARED_CREDENTIALS_FILE", "/etc/aws/creds"), home);
        assertEquals(home.resolve("custom/config"), files.config());
        assertEquals(Path.of("/etc/aws/creds"), files.credentials());
    }
}
