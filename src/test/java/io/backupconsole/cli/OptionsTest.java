package io.backupconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void sandboxServerOptionsAreParsed() throws Exception {
        Options options = Options.parse(new String[] {"--sandbox-server", "--port", "4566", "--time-scale", "60"});
        assertTrue(options.sandboxServer());
        assertEquals(4566, options.port());
        assertEquals(60.0, options.timeScale());
    }

    @Test
    void noArgumentsOpensTheWindow() throws Exception {
        Options options = Options.parse(new String[0]);
        assertFalse(options.sandboxServer());
        assertFalse(options.help());
        assertFalse(options.exitAfterFirstFrame());
    }

    @Test
    void exitAfterFirstFrameIsAcceptedButNotAdvertised() throws Exception {
        Options options = Options.parse(new String[] {"--exit-after-first-frame", "--region", "eu-west-1"});
        assertTrue(options.exitAfterFirstFrame());
        assertEquals("eu-west-1", options.region());
        assertFalse(Options.USAGE.contains("--exit-after-first-frame"));
    }

    @Test
    void mistakesAreNamed() {
        assertEquals("Unknown option: --prot",
                assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"--prot", "1"})).getMessage());
        assertEquals("--port needs a value",
                assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"--port"})).getMessage());
        assertTrue(assertThrows(Options.UsageException.class,
                () -> Options.parse(new String[] {"--port", "70000"})).getMessage().contains("between 0 and 65535"));
        assertTrue(assertThrows(Options.UsageException.class,
                () -> Options.parse(new String[] {"--time-scale", "-1"})).getMessage().contains("positive"));
        assertTrue(assertThrows(Options.UsageException.class,
                () -> Options.parse(new String[] {"--failure-rate", "1.5"})).getMessage().contains("between 0 and 1"));
    }
}
