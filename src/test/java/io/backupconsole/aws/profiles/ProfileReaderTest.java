package io.backupconsole.aws.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileReaderTest {
    @TempDir
    Path folder;

    private Path write(String name, String content) throws Exception {
        return Files.writeString(folder.resolve(name), content);
    }

    @Test
    void everyKindFromBothFilesWithRegions() throws Exception {
        Path config = write("config", """
                [default]
                region = us-east-1
                [profile work]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = Admin
                region = eu-west-1
                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = eu-west-1
                [profile legacy-sso]
                sso_start_url = https://old.awsapps.com/start
                sso_region = us-east-1
                sso_account_id = 111122223333
                sso_role_name = ReadOnly
                [profile tool]
                credential_process = /usr/local/bin/get-creds
                [profile admin]
                role_arn = arn:aws:iam::111122223333:role/Admin
                source_profile = default
                [profile ec2]
                role_arn = arn:aws:iam::111122223333:role/Ec2
                credential_source = Ec2InstanceMetadata
                [profile ci]
                role_arn = arn:aws:iam::111122223333:role/Ci
                web_identity_token_file = /var/run/token
                [profile empty]
                output = json
                """);
        Path credentials = write("credentials", """
                [default]
                aws_access_key_id = AKIAEXAMPLE
                aws_secret_access_key = secret
                [keys-only]
                aws_access_key_id = AKIAEXAMPLE2
                aws_secret_access_key = secret2
                """);

        ProfileListing listing = ProfileReader.read(new ProfileFiles(config, credentials));

        assertEquals(List.of(), listing.problems());
        Map<String, AwsProfile> byName =
                listing.profiles().stream().collect(Collectors.toMap(AwsProfile::name, Function.identity()));
        assertEquals(
                List.of("admin", "ci", "default", "ec2", "empty", "keys-only", "legacy-sso", "tool", "work"),
                listing.profiles().stream().map(AwsProfile::name).toList());
        assertEquals(ProfileKind.STATIC_KEYS, byName.get("default").kind());
        assertEquals(Optional.of("us-east-1"), byName.get("default").region(), "config and credentials are merged");
        assertEquals(ProfileKind.STATIC_KEYS, byName.get("keys-only").kind());
        assertEquals(ProfileKind.SSO_SESSION, byName.get("work").kind());
        assertEquals("work — SSO session", byName.get("work").description());
        assertEquals(Optional.of("eu-west-1"), byName.get("work").region());
        assertEquals(ProfileKind.SSO_LEGACY, byName.get("legacy-sso").kind());
        assertEquals(ProfileKind.CREDENTIAL_PROCESS, byName.get("tool").kind());
        assertEquals(ProfileKind.ASSUME_ROLE, byName.get("admin").kind());
        assertEquals(ProfileKind.ASSUME_ROLE, byName.get("ec2").kind());
        assertEquals(ProfileKind.WEB_IDENTITY, byName.get("ci").kind());
        assertEquals(ProfileKind.UNKNOWN, byName.get("empty").kind());
        assertEquals(Optional.empty(), byName.get("empty").region());
    }

    @Test
    void missingFilesMeanNoProfiles() {
        ProfileListing listing = ProfileReader.read(new ProfileFiles(folder.resolve("none"), folder.resolve("nada")));
        assertEquals(ProfileListing.empty(), listing);
    }

    @Test
    void aMalformedFileIsReportedAndTheOtherFileStillListed() throws Exception {
        Path config = write("config", "region = eu-west-1\n[profile broken\n");
        Path credentials = write("credentials", "[keys]\naws_access_key_id = A\naws_secret_access_key = B\n");

        ProfileListing listing = ProfileReader.read(new ProfileFiles(config, credentials));

        assertEquals(
                List.of("keys"),
                listing.profiles().stream().map(AwsProfile::name).toList());
        assertEquals(1, listing.problems().size());
        String problem = listing.problems().get(0);
        assertTrue(problem.contains(config.toString()) && problem.contains("line 1"), problem);
    }

    @Test
    void environmentVariablesChooseTheFiles() {
        Path home = Path.of("/home/someone");
        assertEquals(
                new ProfileFiles(home.resolve(".aws/config"), home.resolve(".aws/credentials")),
                ProfileFiles.resolve(Map.of(), home));
        assertEquals(
                new ProfileFiles(Path.of("/etc/aws/config"), home.resolve("creds")),
                ProfileFiles.resolve(
                        Map.of("AWS_CONFIG_FILE", "/etc/aws/config", "AWS_SHARED_CREDENTIALS_FILE", "~/creds"), home));
    }
}
