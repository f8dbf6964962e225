package io.backupconsole.aws.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.backupconsole.aws.Connection;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The overview's loader leaves no pair running behind it, whatever happened, and skips pairs once stopped. */
class OverviewLoaderTest {
    private static final int PAIRS = 8;

    private static List<OverviewTarget> targets() {
        return IntStream.range(0, PAIRS)
                .mapToObj(n -> new OverviewTarget(
                        "account-" + n, new Connection.Sandbox(URI.create("http://127.0.0.1:" + (n + 1)), "us-east-1")))
                .toList();
    }

    @Test
    void aPairWhoseCallbackThrowsDoesNotLeaveTheOtherPairsRunningAfterTheLoad() throws Exception {
        List<OverviewTarget> targets = targets();
        CountDownLatch firstAnswered = new CountDownLatch(1);
        AtomicInteger read = new AtomicInteger();
        // Every pair but the first waits until the first has been answered; none reaches a service.
        OverviewLoader loader = new OverviewLoader(
                connection -> {
                    try {
                        if (!connection.equals(targets.getFirst().connection())) {
                            firstAnswered.await();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    read.incrementAndGet();
                    throw new IllegalStateException("no service in this test");
                },
                Clock.systemUTC(),
                4);
        AtomicInteger answered = new AtomicInteger();

        assertThrows(
                CompletionException.class,
                () -> loader.load(
                        targets,
                        result -> {
                            answered.incrementAndGet();
                            if (result.target() == targets.getFirst()) {
                                firstAnswered.countDown();
                                throw new IllegalStateException("a callback that fails");
                            }
                        },
                        () -> false));

        assertEquals(PAIRS, answered.get(), "every pair was answered before the load ended");
        assertEquals(PAIRS, read.get());
    }

    @Test
    void pairsNotStartedWhenStoppedAreSkipped() {
        AtomicInteger read = new AtomicInteger();
        OverviewLoader loader = new OverviewLoader(
                connection -> {
                    read.incrementAndGet();
                    throw new IllegalStateException("no service in this test");
                },
                Clock.systemUTC(),
                1);

        List<PairResult> results = loader.load(targets(), result -> {}, () -> read.get() >= 3);

        assertEquals(3, read.get());
        assertEquals(3, results.size());
    }
}
