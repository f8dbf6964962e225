package io.backupconsole.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StateToneTest {
    @ParameterizedTest
    @CsvSource({
        "HEALTHY, GOOD",
        "AVAILABLE, GOOD",
        "available, GOOD",
        "COMPLETED, GOOD",
        "Succeeded, GOOD",
        "BACKING_UP, BUSY",
        "backing-up, BUSY",
        "IN_PROGRESS, BUSY",
        "TRANSFERRING, BUSY",
        "pending, BUSY",
        "UNHEALTHY, WARNING",
        "stopped, WARNING",
        "PARTIAL, WARNING",
        "EXPIRED, WARNING",
        "FAILED, BAD",
        "ABORTED, BAD",
        "failed, BAD",
        "SOMETHING_NEW, NEUTRAL"
    })
    void sameWordSameToneInEveryService(String state, StateTone tone) {
        assertEquals(tone, StateTone.of(state));
    }
}
