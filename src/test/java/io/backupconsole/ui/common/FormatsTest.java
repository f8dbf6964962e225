package io.backupconsole.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FormatsTest {
    private final Instant now = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void bytesInBinaryUnits() {
        assertEquals("—", Formats.bytes(null));
        assertEquals("0 B", Formats.bytes(0L));
        assertEquals("1023 B", Formats.bytes(1023L));
        assertEquals("1.5 KiB", Formats.bytes(1536L));
        assertEquals("20 GiB", Formats.bytes(20L * 1024 * 1024 * 1024));
        assertEquals("1,020,200,614,617 bytes", Formats.exactBytes(1_020_200_614_617L));
    }

    @Test
    void relativeTimes() {
        assertEquals("just now", Formats.relative(now.minusSeconds(20), now, ZoneOffset.UTC));
        assertEquals("5 min ago", Formats.relative(now.minusSeconds(300), now, ZoneOffset.UTC));
        assertEquals("3 h ago", Formats.relative(now.minusSeconds(3 * 3600 + 5), now, ZoneOffset.UTC));
        assertEquals("1 day ago", Formats.relative(now.minusSeconds(86_400), now, ZoneOffset.UTC));
        assertEquals("12 Sep 2026", Formats.relative(Instant.parse("2026-09-12T08:00:00Z"), now, ZoneOffset.UTC));
        assertEquals("—", Formats.relative(null, now, ZoneOffset.UTC));
    }

    @Test
    void exactTimeForTooltips() {
        assertEquals("2026-11-22 12:00:00 Z", Formats.exact(now, ZoneOffset.UTC));
    }
}
