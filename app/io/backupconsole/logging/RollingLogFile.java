package io.backupconsole.logging;

import io.backupconsole.storage.PrivateFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A size-bounded log: {@code NAME.log} is written until the next line would pass {@code maxBytes}, then it becomes
 * {@code NAME.log.1} (the older ones move up, the oldest past {@code files} is dropped). Every line is flushed, so a
 * crash loses nothing written. When the folder cannot be written the lines go to stderr instead (said once).
 * Thread-safe (one lock; logging is a few lines a minute). Two processes (the window and a headless command) may
 * append to the same file; lines stay whole, a roll by one may briefly leave the other writing to the rolled file.
 */
final class RollingLogFile {
    private final Path file;
    private final long maxBytes;
    private final int files;
    private final PrintStream fallback;
    private OutputStream out;
    private long size;
    private boolean failed;

    RollingLogFile(Path file, long maxBytes, int files, PrintStream fallback) {
        this.file = file;
        this.maxBytes = maxBytes;
        this.files = files;
        this.fallback = fallback;
    }

    Path file() {
        return file;
    }

    synchronized void append(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (!failed) {
            try {
                if (out == null) {
                    open();
                }
                if (size > 0 && size + bytes.length > maxBytes) {
                    roll();
                }
                out.write(bytes);
                out.flush();
                size += bytes.length;
                return;
            } catch (IOException | RuntimeException e) {
                failed = true;
                fallback.println("backup-console: cannot write the log " + file + " (" + e + "); logging to stderr");
            }
        }
        fallback.print(text);
    }

    private void open() throws IOException {
        PrivateFiles.createFolders(file.getParent()); // 0700: the log names accounts
        try {
            // Owner-only where the OS supports it: the log names accounts and resources.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException | UnsupportedOperationException e) {
            // Already there (appended to), or not a POSIX file system.
        }
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        size = Files.size(file);
    }

    private void roll() throws IOException {
        out.close();
        out = null;
        for (int i = files - 1; i >= 1; i--) {
            Path older = rolled(i);
            if (Files.exists(older)) {
                if (i == files - 1) {
                    Files.delete(older);
                } else {
                    Files.move(older, rolled(i + 1), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        if (files > 1) {
            Files.move(file, rolled(1), StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.delete(file);
        }
        open();
    }

    private Path rolled(int index) {
        return file.resolveSibling(file.getFileName() + "." + index);
    }

    synchronized void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // Nothing left to tell: this is the log.
            }
            out = null;
        }
    }
}
