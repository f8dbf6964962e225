package io.backupconsole.settings;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings in use, kept in memory and written to the {@link SettingsStore} on the background executor after
 * every change, so callers on the FX thread never touch the disk. Each write saves the newest settings at the time
 * it runs, so writes that overtake one another on a multi-threaded executor still leave the latest on disk.
 * Thread-safe.
 */
public final class SettingsKeeper {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsKeeper.class);

    private final SettingsStore store;
    private final Executor background;
    private final Object saveLock = new Object();
    private Settings current;
    private CompletableFuture<Void> lastSave = CompletableFuture.completedFuture(null);
    private final List<Consumer<String>> problemListeners = new CopyOnWriteArrayList<>();

    public SettingsKeeper(SettingsStore store, Executor background, Settings initial) {
        this.store = store;
        this.background = background;
        this.current = Objects.requireNonNull(initial, "initial");
    }

    public synchronized Settings current() {
        return current;
    }

    /** Told, on the background thread, with a message for the user when a save failed. */
    public void addProblemListener(Consumer<String> listener) {
        problemListeners.add(listener);
    }

    /**
     * Applies a change and saves it in the background. A failed save is logged and the problem listeners are told;
     * the change stays in memory and the file keeps the last saved settings (the next change tries again).
     */
    public synchronized CompletableFuture<Void> update(UnaryOperator<Settings> change) {
        Settings changed = change.apply(current);
        if (changed.equals(current)) {
            return lastSave;
        }
        current = changed;
        lastSave = CompletableFuture.runAsync(this::saveNewest, background).exceptionally(failure -> {
            LOG.warn("Could not save settings", failure);
            Throwable cause =
                    failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
            problemListeners.forEach(listener -> listener.accept(message));
            return null;
        });
        return lastSave;
    }

    /** Waits up to {@code millis} for the last save (on exit, before the executor is shut down). */
    public void awaitSaves(long millis) {
        CompletableFuture<Void> pending;
        synchronized (this) {
            pending = lastSave;
        }
        try {
            pending.get(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("Settings were not saved before exit", e);
        }
    }

    /** Reads the newest settings inside the write lock, so the last write to finish always holds the newest. */
    private void saveNewest() {
        synchronized (saveLock) {
            store.save(current());
        }
    }
}
