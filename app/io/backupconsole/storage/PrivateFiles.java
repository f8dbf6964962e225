package io.backupconsole.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Set;

/**
 * Files and folders only their owner can read: the app's files name profiles, resources and regions, so on POSIX
 * every folder it creates is 0700 and every file 0600, whatever the umask. Elsewhere (Windows) the user's profile
 * folders are private already and the defaults apply. Blocking file I/O; thread-safe.
 */
public final class PrivateFiles {
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {}

    /**
     * Creates {@code folder} and any missing parents as 0700, and makes the folder itself 0700 if it existed with
     * wider permissions (an older version's). Parents that existed already are left alone.
     */
    public static Path createFolders(Path folder) throws IOException {
        if (!usesPosix(folder)) {
            return Files.createDirectories(folder);
        }
        Path absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            if (!Files.getPosixFilePermissions(absolute).equals(FOLDER)) {
                Files.setPosixFilePermissions(absolute, FOLDER);
            }
            return folder;
        }
        ArrayDeque<Path> missing = new ArrayDeque<>();
        for (Path next = absolute; next != null && !Files.exists(next); next = next.getParent()) {
            missing.push(next);
        }
        for (Path next : missing) {
            Files.createDirectory(next, PosixFilePermissions.asFileAttribute(FOLDER));
            // createDirectory applies the umask to the attribute; 0700 only loses bits to it, but say it again.
            Files.setPosixFilePermissions(next, FOLDER);
        }
        return folder;
    }

    /** Opens a file, creating it 0600 if missing (lock files). */
    public static FileChannel open(Path file, Set<? extends OpenOption> options) throws IOException {
        return usesPosix(file) ? FileChannel.open(file, options, fileAttribute()) : FileChannel.open(file, options);
    }

    /** A new empty temporary file, 0600, beside {@code target} (Files.createTempFile makes 0600 on POSIX too). */
    public static Path createTempBeside(Path target) throws IOException {
        return Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
    }

    /** Makes an existing file 0600 (a file kept aside, or one an older version wrote). */
    public static void restrict(Path file) throws IOException {
        if (usesPosix(file) && !Files.getPosixFilePermissions(file).equals(FILE)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> fileAttribute() {
        return PosixFilePermissions.asFileAttribute(FILE);
    }

    private static boolean usesPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
