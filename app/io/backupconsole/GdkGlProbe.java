package io.backupconsole;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps GTK from probing OpenGL when JavaFX is told to render in software ({@code -Dprism.order=sw}, the only way
 * on machines without a GPU, such as virtual desktops). GTK 3 looks for a GL visual when it opens the display, which
 * loads Mesa's software GL driver and its LLVM: about 50 MB of resident memory (measured: idle 252 → 197-200 MB,
 * docs/benchmarks.md) for GL that nothing draws with, since Prism's software pipeline draws to memory and JavaFX
 * never uses GTK's own GL. {@code GDK_GL=disable} skips the probe. With a GL pipeline in the order (the default),
 * or a {@code GDK_GL} of the user's, nothing changes.
 *
 * <p>Call first thing on the main thread, before JavaFX starts and before any other thread exists: {@code setenv}
 * is not safe against a concurrent {@code getenv}.
 */
final class GdkGlProbe {
    private GdkGlProbe() {}

    static void skipWhenRenderingInSoftware() {
        if (!skips(
                        System.getProperty("os.name", ""),
                        System.getProperty("glass.platform"),
                        System.getProperty("prism.order"),
                        System.getenv("GDK_GL"))
                || !GdkGlProbe.class.getModule().isNativeAccessEnabled()) {
            return;
        }
        setenv("GDK_GL", "disable");
    }

    /** Linux with the GTK glass, a Prism order of software pipelines only, and no GDK_GL of the user's. */
    static boolean skips(String osName, String glassPlatform, String prismOrder, String gdkGl) {
        if (!osName.toLowerCase(Locale.ROOT).contains("linux")
                || gdkGl != null
                || prismOrder == null
                || (glassPlatform != null && !glassPlatform.equalsIgnoreCase("gtk"))) {
            return false;
        }
        return Arrays.stream(prismOrder.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .allMatch(name -> name.equals("sw"));
    }

    /** The C library's setenv (Java's own environment map is a read-only copy taken at start). */
    static Optional<Integer> setenv(String name, String value) {
        try {
            Linker linker = Linker.nativeLinker();
            MethodHandle setenv = linker.downcallHandle(
                    linker.defaultLookup().find("setenv").orElseThrow(),
                    FunctionDescriptor.of(
                            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
            try (Arena arena = Arena.ofConfined()) {
                return Optional.of((int) setenv.invokeExact(arena.allocateFrom(name), arena.allocateFrom(value), 0));
            }
        } catch (Throwable e) {
            // Only memory is at stake: GTK then probes GL as it always did.
            return Optional.empty();
        }
    }
}
