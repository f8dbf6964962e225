package io.backupconsole;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/** {@code --exit-after-first-frame} quits on the shell's data-shown event, once, whenever it comes. */
class FirstFrameExitTest {
    @Test
    void theExitWaitsForTheEventAndHappensOnce() {
        SimpleBooleanProperty dataShown = new SimpleBooleanProperty(false);
        AtomicInteger exits = new AtomicInteger();

        FirstFrameExit.whenFirstTrue(dataShown, exits::incrementAndGet);
        assertEquals(0, exits.get(), "no data yet");
        dataShown.set(true);
        dataShown.set(false);
        dataShown.set(true);

        assertEquals(1, exits.get());
    }

    @Test
    void dataAlreadyShownExitsAtOnce() {
        AtomicInteger exits = new AtomicInteger();

        FirstFrameExit.whenFirstTrue(new SimpleBooleanProperty(true), exits::incrementAndGet);

        assertEquals(1, exits.get());
    }
}
