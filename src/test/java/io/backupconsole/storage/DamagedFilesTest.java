package io.backupconsole.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.settings.Settings;
import io.backupconsole.settings.SettingsStore;
import io.backupconsole.tracking.JobJournal;
import io.backupconsole.tracking.TrackedJob;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file the app reads × every kind of damage: the damaged file is kept aside under a dated name (byte for
 * byte), defaults are used, and the user is told once, in one line; the next start finds no file and says nothing.
 * The last-known resource cache is kept aside too but stays quiet: it holds nothing the user could lose.
 */
class DamagedFilesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:15:30Z"), ZoneOffset.UTC);
    private static final String KEPT_AS = ".malformed-20261201-101530";

    /** A kind of damage: the damaged content from the valid one (null: a directory where the file was). */
    record Damage(String name, UnaryOperator<byte[]> damage) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** What loading a file gave: whether the app fell back to its defaults, and the notice for the user. */
    record Loaded(boolean defaults, Optional<String> notice) {}

    /** One file the app reads: where it lives, how to make a valid one, and how the app loads it. */
    interface AppFile {
        Path writeValid(Path home) throws IOException;

        Loaded load(Path home);

        boolean tellsTheUser();
    }

    static Stream<Arguments> filesAndDamages() {
        List<Arguments> cases = new ArrayList<>();
        for (AppFile file : List.of(new SettingsFile(), new JournalFile(), new CacheFile())) {
            for (Damage damage : damages()) {
                cases.add(Arguments.of(file, damage));
            }
        }
        return cases.stream();
    }

    static List<Damage> damages() {
        return List.of(
                new Damage("empty", valid -> new byte[0]),
                new Damage("only whitespace", valid -> " \n\t ".getBytes(StandardCharsets.UTF_8)),
                new Damage("null", valid -> "null".getBytes(StandardCharsets.UTF_8)),
                new Damage("truncated", valid -> Arrays.copyOf(valid, valid.length / 2)),
                new Damage("a list instead of an object", valid -> "[1,2,3]".getBytes(StandardCharsets.UTF_8)),
                new Damage("members of the wrong type", DamagedFilesTest::everyMemberRetyped),
                new Damage("binary", valid -> {
                    byte[] garbage = new byte[4096];
                    new Random(7).nextBytes(garbage);
                    return garbage;
                }),
                new Damage("invalid UTF-8 in a string", valid -> {
                    String text = new String(valid, StandardCharsets.UTF_8);
                    int quote = text.indexOf('"', text.indexOf(':'));
                    byte[] head = text.substring(0, quote + 1).getBytes(StandardCharsets.UTF_8);
                    byte[] tail = text.substring(quote + 1).getBytes(StandardCharsets.UTF_8);
                    byte[] damaged = Arrays.copyOf(head, head.length + 2 + tail.length);
                    damaged[head.length] = (byte) 0xC3;
                    damaged[head.length + 1] = (byte) 0x28;
                    System.arraycopy(tail, 0, damaged, head.length + 2, tail.length);
                    return damaged;
                }),
                new Damage("a NUL before the document", valid -> {
                    byte[] damaged = new byte[valid.length + 1];
                    System.arraycopy(valid, 0, damaged, 1, valid.length);
                    return damaged;
                }),
                new Damage(
                        "huge (4 MB of nesting)", valid -> "[".repeat(4_000_000).getBytes(StandardCharsets.UTF_8)),
                new Damage("a directory", valid -> null));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("filesAndDamages")
    void aDamagedFileIsKeptAsideDefaultsAreUsedAndTheUserIsToldOnce(AppFile file, Damage damage, @TempDir Path home)
            throws IOException {
        Path path = file.writeValid(home);
        byte[] damaged = damage.damage().apply(Files.readAllBytes(path));
        if (damaged == null) {
            Files.delete(path);
            Files.createDirectories(path);
            Files.writeString(path.resolve("inside.txt"), "kept");
        } else {
            Files.write(path, damaged);
        }

        Loaded first = file.load(home);

        assertTrue(first.defaults(), "defaults are used");
        Path aside = path.resolveSibling(path.getFileName() + KEPT_AS);
        assertTrue(Files.exists(aside), "kept aside as " + aside);
        if (damaged == null) {
            assertEquals("kept", Files.readString(aside.resolve("inside.txt")));
        } else {
            assertArrayEquals(damaged, Files.readAllBytes(aside), "kept byte for byte");
        }
        assertFalse(Files.exists(path), "nothing is left in its place");
        if (file.tellsTheUser()) {
            String notice = first.notice().orElseThrow(() -> new AssertionError("the user is told"));
            assertFalse(notice.isBlank());
            assertEquals(1, notice.lines().count(), "one line: " + notice);
            assertTrue(notice.contains(aside.toString()), "says where the file was kept: " + notice);
        } else {
            assertEquals(Optional.empty(), first.notice());
        }

        Loaded next = file.load(home);
        assertTrue(next.defaults());
        assertEquals(Optional.empty(), next.notice(), "told once, not on every start");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void aJournalDamagedWhileTheAppRunsIsRewrittenFromMemoryAndReportedOnce(Damage damage, @TempDir Path home)
            throws IOException {
        JobJournal journal = new JobJournal(home, CLOCK);
        List<String> notices = new ArrayList<>();
        journal.onNotice(notices::add);
        journal.open();
        TrackedJob job = TrackedJob.submitting(
                "sandbox",
                "us-east-1",
                new BackupRequest(
                        AwsService.FSX, "fs-0a1b2c3d4e5f60002", "scratch", "nightly", "", List.of(), null, null),
                CLOCK.instant());
        journal.record(job);
        Path path = home.resolve("jobs.json");
        byte[] damaged = damage.damage().apply(Files.readAllBytes(path));
        if (damaged == null) {
            Files.delete(path);
            Files.createDirectories(path);
        } else {
            Files.write(path, damaged);
        }

        journal.reload();
        journal.reload();

        assertEquals(List.of(job), journal.jobs(), "nothing lost");
        assertEquals(1, notices.size(), "told once: " + notices);
        assertTrue(notices.getFirst().contains("jobs.json" + KEPT_AS), notices.getFirst());
        assertEquals(List.of(job), new JobJournal(home, CLOCK).open().jobs(), "written back to a new journal");
    }

    private static byte[] everyMemberRetyped(byte[] valid) {
        try {
            var tree = (ObjectNode) JsonFile.MAPPER.readTree(valid);
            List<String> names = new ArrayList<>();
            tree.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                tree.set(name, JsonFile.MAPPER.readTree("[[{\"x\":true}]]"));
            }
            return JsonFile.MAPPER.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static final class SettingsFile implements AppFile {
        @Override
        public Path writeValid(Path home) {
            new SettingsStore(home, CLOCK)
                    .save(new Settings(
                            "work", "eu-west-1", "dark", new Settings.WindowGeometry(10, 20, 1200, 800, false), null));
            return home.resolve("settings.json");
        }

        @Override
        public Loaded load(Path home) {
            SettingsStore.Loaded loaded = new SettingsStore(home, CLOCK).load();
            return new Loaded(loaded.settings().equals(Settings.defaults()), loaded.notice());
        }

        @Override
        public boolean tellsTheUser() {
            return true;
        }

        @Override
        public String toString() {
            return "settings.json";
        }
    }

    static final class JournalFile implements AppFile {
        @Override
        public Path writeValid(Path home) {
            JobJournal journal = new JobJournal(home, CLOCK);
            journal.open();
            journal.record(TrackedJob.submitting(
                    "sandbox",
                    "us-east-1",
                    new BackupRequest(
                            AwsService.LIGHTSAIL,
                            "orders-pg",
                            "orders-pg",
                            "orders-pg-nightly",
                            "",
                            List.of(),
                            null,
                            null),
                    CLOCK.instant()));
            return home.resolve("jobs.json");
        }

        @Override
        public Loaded load(Path home) {
            JobJournal.Opened opened = new JobJournal(home, CLOCK).open();
            return new Loaded(opened.jobs().isEmpty(), opened.notice());
        }

        @Override
        public boolean tellsTheUser() {
            return true;
        }

        @Override
        public String toString() {
            return "jobs.json";
        }
    }

    static final class CacheFile implements AppFile {
        @Override
        public Path writeValid(Path home) throws IOException {
            new ResourceCache(home, CLOCK).write("sandbox", "us-east-1", AwsService.FSX, List.of());
            try (Stream<Path> files = Files.list(home)) {
                Iterator<Path> only = files.iterator();
                return only.next();
            }
        }

        @Override
        public Loaded load(Path home) {
            return new Loaded(
                    new ResourceCache(home, CLOCK)
                            .read("sandbox", "us-east-1", AwsService.FSX)
                            .isEmpty(),
                    Optional.empty());
        }

        @Override
        public boolean tellsTheUser() {
            return false;
        }

        @Override
        public String toString() {
            return "last-known resources";
        }
    }
}
