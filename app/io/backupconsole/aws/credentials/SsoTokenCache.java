package io.backupconsole.aws.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.storage.UserHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The SSO token cache shared with the AWS CLI and the SDKs: {@code ~/.aws/sso/cache/<sha1 of the key>.json}, the
 * key being the sso-session name (or a legacy profile's start URL), with botocore's member names and UTC times
 * as {@code 2026-12-01T20:00:00Z}. So {@code aws sso login} and the app share one sign-in.
 * Written owner-only (0600, via a temporary file moved over the old one): the one place the app stores a secret.
 * Blocking file I/O: background threads only.
 */
public final class SsoTokenCache {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT;
    private final Path folder;

    public SsoTokenCache(Path folder) {
        this.folder = folder;
    }

    /** The cache folder of the AWS CLI and the SDKs in {@code home}: {@code ~/.aws/sso/cache}. */
    public static Path folderIn(UserHome home) {
        return home.resolve(".aws").resolve("sso").resolve("cache");
    }

    public Path fileFor(String cacheKey) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(cacheKey.getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(sha1) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this Java runtime", e);
        }
    }

    /** The cached token; empty when there is none or the file cannot be read as one (then signing in rewrites it). */
    public Optional<SsoToken> read(String cacheKey) {
        Path file = fileFor(cacheKey);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode json = JSON.readTree(file.toFile());
            if (!json.hasNonNull("accessToken") || !json.hasNonNull("expiresAt")) {
                return Optional.empty();
            }
            return Optional.of(new SsoToken(
                    json.get("accessToken").asText(),
                    instant(json.get("expiresAt").asText()),
                    text(json, "region").orElse(""),
                    text(json, "startUrl").orElse(""),
                    text(json, "clientId"),
                    text(json, "clientSecret"),
                    text(json, "registrationExpiresAt").map(SsoTokenCache::instant),
                    text(json, "refreshToken")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void write(String cacheKey, SsoToken token) {
        ObjectNode json = JSON.createObjectNode();
        json.put("startUrl", token.startUrl());
        json.put("region", token.region());
        json.put("accessToken", token.accessToken());
        json.put("expiresAt", format(token.expiresAt()));
        token.clientId().ifPresent(v -> json.put("clientId", v));
        token.clientSecret().ifPresent(v -> json.put("clientSecret", v));
        token.registrationExpiresAt().ifPresent(v -> json.put("registrationExpiresAt", format(v)));
        token.refreshToken().ifPresent(v -> json.put("refreshToken", v));
        Path file = fileFor(cacheKey);
        try {
            Files.createDirectories(folder);
            Path temporary = ownerOnlyFile(folder.resolve(file.getFileName() + ".tmp"));
            Files.write(temporary, JSON.writeValueAsBytes(json));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the SSO token cache " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path ownerOnlyFile(Path path) throws IOException {
        Files.deleteIfExists(path);
        try {
            return Files.createFile(
                    path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the user profile folder's ACL, which other users cannot read.
            return Files.createFile(path);
        } catch (FileAlreadyExistsException raced) {
            throw new IOException("Another sign-in is writing " + path, raced);
        }
    }

    private static String format(Instant instant) {
        return TIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static Instant instant(String text) {
        // The CLI writes "…Z"; older tools wrote "+00:00" or "UTC" suffixes.
        String normalised = text.strip().replace("UTC", "Z").replace("+00:00", "Z");
        return Instant.parse(normalised);
    }

    private static Optional<String> text(JsonNode json, String member) {
        return json.hasNonNull(member) ? Optional.of(json.get(member).asText()) : Optional.empty();
    }
}
