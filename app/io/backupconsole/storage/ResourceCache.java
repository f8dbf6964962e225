package io.backupconsole.storage;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The last list of resources each view loaded, per connection, region and service, so the window can show
 * something real in its first frame and replace it when the fresh listing arrives. A cache: a missing, old or
 * malformed file just means nothing to show (a malformed one is moved aside like every app file). Holds no
 * credentials, only what the views list. Blocking file I/O: background only; thread-safe (one file per key,
 * written atomically).
 */
public final class ResourceCache {
    /** What was saved, and when. */
    public record Snapshot(Instant savedAt, List<Resource> resources) {
        public Snapshot {
            resources = resources == null ? List.of() : List.copyOf(resources);
        }
    }

    private final Path folder;
    private final Clock clock;

    /** @param folder where the files go, or null for a cache that keeps nothing (tests, headless commands) */
    public ResourceCache(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    public static ResourceCache none() {
        return new ResourceCache(null, Clock.systemUTC());
    }

    public Optional<Snapshot> read(String connectionKey, String region, AwsService service) {
        if (folder == null) {
            return Optional.empty();
        }
        JsonFile<Snapshot> file = file(connectionKey, region, service);
        // Read when a view first loads, so at each start: the time to clear what a killed write of it left.
        file.removeLeftoverTemporaryFiles();
        try {
            return file.read() instanceof JsonFile.ReadResult.Found<Snapshot> found
                    ? Optional.of(found.value())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Saves a listing; a failure to save is not worth the user's attention (the next load saves again). */
    public void write(String connectionKey, String region, AwsService service, List<Resource> resources) {
        if (folder == null) {
            return;
        }
        try {
            file(connectionKey, region, service).write(new Snapshot(clock.instant(), resources));
        } catch (IOException | RuntimeException e) {
            // Deliberately quiet: see above.
        }
    }

    private JsonFile<Snapshot> file(String connectionKey, String region, AwsService service) {
        return new JsonFile<>(
                folder.resolve(service.id() + "-" + digest(connectionKey + "@" + region) + ".json"),
                Snapshot.class,
                clock);
    }

    /** Profile names may hold any character; the file name only gets a digest of them. */
    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
