package io.backupconsole.architecture.aws;

import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * What {@code StaticStateTest}'s rules exist to stop, in a package the rules cover ({@code ..aws..}): the settings of
 * every client kept in a static future with a deferred resolver, process-wide objects that change while final, and
 * a process-wide lock every client build would wait on.
 */
@SuppressWarnings("unused")
public final class HoldsGlobalState {
    private static volatile CompletableFuture<String> current = new CompletableFuture<>();
    private static Supplier<String> pending;
    private static final ArrayList<String> SEEN = new ArrayList<>();
    private static final ConcurrentHashMap<String, Integer> COUNTERS = new ConcurrentHashMap<>();
    private static final AtomicReference<String> LATEST = new AtomicReference<>();
    private static final String[] USER_PROPERTIES = new String[2];
    private static final Object LOCK = new Object();
    private static final ReentrantLock SWAPS = new ReentrantLock();

    private HoldsGlobalState() {}
}
