package io.backupconsole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GdkGlProbeTest {
    @Test
    void onlyAForcedSoftwarePipelineOnGtkSkipsTheGlProbe() {
        assertTrue(GdkGlProbe.skips("Linux", null, "sw", null));
        assertTrue(GdkGlProbe.skips("Linux", "gtk", " sw ", null));
        assertFalse(GdkGlProbe.skips("Linux", null, null, null), "JavaFX's default order tries OpenGL first");
        assertFalse(GdkGlProbe.skips("Linux", null, "es2,sw", null));
        assertFalse(GdkGlProbe.skips("Linux", null, "sw", "always"), "the user's own GDK_GL wins");
        assertFalse(GdkGlProbe.skips("Linux", "Headless", "sw", null), "no GTK, nothing to skip");
        assertFalse(GdkGlProbe.skips("Windows 11", null, "sw", null));
        assertFalse(GdkGlProbe.skips("Mac OS X", null, "sw", null));
    }

    @Test
    void theVariableReachesTheProcessEnvironmentThatGtkReads() throws Throwable {
        String name = "BACKUP_CONSOLE_TEST_" + ProcessHandle.current().pid();
        assertEquals(Optional.of(0), GdkGlProbe.setenv(name, "disable"));
        assertEquals("disable", nativeGetenv(name));
    }

    private static String nativeGetenv(String name) throws Throwable {
        Linker linker = Linker.nativeLinker();
        MethodHandle getenv = linker.downcallHandle(
                linker.defaultLookup().find("getenv").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment value = (MemorySegment) getenv.invokeExact(arena.allocateFrom(name));
            return value.equals(MemorySegment.NULL)
                    ? null
                    : value.reinterpret(256).getString(0);
        }
    }
}
