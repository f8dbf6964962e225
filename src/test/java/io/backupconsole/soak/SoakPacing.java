package io.backupconsole.soak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * How the soak paces its kills by the worker's progress instead of the clock, so that every planned kill lands in a
 * live worker however fast or slow the machine is.
 *
 * <p>The driver releases the plan to the worker in steps, as a user asks for backups over time: before kill
 * {@code k} of {@code K}, the first {@link #released} requests of {@code N}, {@code ceil(k·N/(K+1))}, always fewer
 * than {@code N}. A worker exits only once every planned request is done, so it cannot finish before the last kill;
 * only the last worker, never killed, gets all {@code N}. Each kill waits for the journal to hold one more planned
 * request than at the worker's start (a seeded number up to what was released), then a seeded delay, so kills land
 * after submits, in polls, resends and file writes; one in five waits for the worker's start only, so some land in
 * the start-up and the resume.
 *
 * <p>The release file holds the number, written atomically by the driver and read by the worker every cycle.
 */
final class SoakPacing {
    private SoakPacing() {}

    /** The requests released to the worker that kill {@code kill} (1-based) of {@code kills} will stop. */
    static int released(int kill, int kills, int backups) {
        return Math.min(backups - 1, (int) Math.ceil((double) kill * backups / (kills + 1)));
    }

    static void release(Path file, int requests) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".next");
        Files.writeString(temp, Integer.toString(requests), StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** What the driver released, read by the worker; the whole plan when there is no file (a worker run by hand). */
    static int releasedTo(Path file, int planned) throws IOException {
        if (!Files.exists(file)) {
            return planned;
        }
        return Math.min(
                planned,
                Integer.parseInt(Files.readString(file, StandardCharsets.UTF_8).strip()));
    }
}
