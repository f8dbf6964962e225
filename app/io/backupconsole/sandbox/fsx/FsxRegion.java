package io.backupconsole.sandbox.fsx;

import io.backupconsole.domain.rules.Tag;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The FSx state of one region: file systems, volumes, backups and the client request tokens already used.
 * Not thread-safe: only touched by the simulator's handlers, which the dispatcher runs under the simulator's lock.
 */
final class FsxRegion {
    /** The parameters a CreateBackup token was first used with; a reuse must match them. */
    record CreateRequest(String fileSystemId, String volumeId, Set<Tag> tags) {}

    /** A remembered CreateBackup: its parameters and the backup it created. */
    record TokenUse(CreateRequest request, FsxBackup backup) {}

    private final Map<String, FsxFileSystem> fileSystems = new LinkedHashMap<>();
    private final Map<String, FsxVolume> volumes = new LinkedHashMap<>();
    private final Map<String, FsxBackup> backups = new LinkedHashMap<>();
    private final Map<String, TokenUse> createTokens = new HashMap<>();
    private final Map<String, String> deleteTokens = new HashMap<>();

    void add(FsxFileSystem fileSystem) {
        fileSystems.put(fileSystem.id(), fileSystem);
    }

    void add(FsxVolume volume) {
        volumes.put(volume.id(), volume);
    }

    void add(FsxBackup backup) {
        backups.put(backup.id(), backup);
    }

    List<FsxFileSystem> fileSystems() {
        return List.copyOf(fileSystems.values());
    }

    List<FsxVolume> volumes() {
        return List.copyOf(volumes.values());
    }

    /** Backups in creation order. */
    List<FsxBackup> backups() {
        return List.copyOf(backups.values());
    }

    Optional<FsxFileSystem> fileSystem(String id) {
        return Optional.ofNullable(fileSystems.get(id));
    }

    Optional<FsxVolume> volume(String id) {
        return Optional.ofNullable(volumes.get(id));
    }

    Optional<FsxBackup> backup(String id) {
        return Optional.ofNullable(backups.get(id));
    }

    boolean backupExists(String id) {
        return backups.containsKey(id);
    }

    void remove(FsxBackup backup) {
        backups.remove(backup.id());
    }

    /** A backup of the same file system or volume that is still PENDING, CREATING or TRANSFERRING. */
    Optional<FsxBackup> runningBackupOf(String resourceId, Instant now) {
        return backups.values().stream()
                .filter(b -> b.resourceId().equals(resourceId) && b.running(now))
                .findFirst();
    }

    long userInitiatedBackupCount() {
        return backups.values().stream()
                .filter(b -> b.type().equals("USER_INITIATED"))
                .count();
    }

    Optional<TokenUse> createToken(String token) {
        return Optional.ofNullable(createTokens.get(token));
    }

    void rememberCreate(String token, CreateRequest request, FsxBackup backup) {
        createTokens.put(token, new TokenUse(request, backup));
    }

    Optional<String> deleteToken(String token) {
        return Optional.ofNullable(deleteTokens.get(token));
    }

    void rememberDelete(String token, String backupId) {
        deleteTokens.put(token, backupId);
    }
}
