package io.backupconsole.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes a folder that the test's own process cannot write, and undoes it on close. Permission bits stop a normal
 * user but not root (tests in containers often run as root), so as root the folder is made immutable with
 * {@code chattr +i}, which stops root too; where neither works the test is skipped, never passed falsely.
 */
public final class ReadOnlyFolder implements AutoCloseable {
    private final Path folder;
    private final boolean immutable;

    private ReadOnlyFolder(Path folder, boolean immutable) {
        this.folder = folder;
        this.immutable = immutable;
    }

    public static ReadOnlyFolder of(Path folder) throws IOException, InterruptedException {
        Assumptions.assumeTrue(
                folder.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions needed");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        if (!canWrite(folder)) {
            return new ReadOnlyFolder(folder, false);
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        boolean made = run("chattr", "+i", folder.toString());
        Assumptions.assumeTrue(made && !canWrite(folder), "cannot make a folder read-only for this user");
        return new ReadOnlyFolder(folder, true);
    }

    private static boolean canWrite(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (immutable) {
            run("chattr", "-i", folder.toString());
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }
}
